import type { ReactNode } from 'react';

type Node = {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: Node[];
};

/** Renders stored notes (the editor's JSON) as plain elements, for the printed summary. */
export function NotesView({ doc }: { doc: unknown }) {
  const root = doc as Node | undefined;
  if (!root?.content?.length) return null;
  return <div className="notes-view">{root.content.map((node, i) => render(node, i))}</div>;
}

function render(node: Node, key: number): ReactNode {
  const children = node.content?.map((child, i) => render(child, i));
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading':
      return node.attrs?.['level'] === 3 ? <h5 key={key}>{children}</h5> : <h4 key={key}>{children}</h4>;
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return <ol key={key}>{children}</ol>;
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'taskList':
      return (
        <ul key={key} className="notes-view__tasks">
          {children}
        </ul>
      );
    case 'taskItem':
      return (
        <li key={key}>
          <span aria-hidden="true">{node.attrs?.['checked'] ? '☑ ' : '☐ '}</span>
          {children}
        </li>
      );
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'codeBlock':
      return <pre key={key}>{children}</pre>;
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'text':
      return withMarks(node, key);
    default:
      return children ? <span key={key}>{children}</span> : null;
  }
}

function withMarks(node: Node, key: number): ReactNode {
  let element: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') element = <strong>{element}</strong>;
    else if (mark.type === 'italic') element = <em>{element}</em>;
    else if (mark.type === 'strike') element = <s>{element}</s>;
    else if (mark.type === 'underline') element = <u>{element}</u>;
    else if (mark.type === 'code') element = <code>{element}</code>;
    else if (mark.type === 'link')
      element = (
        <span className="notes-view__link">
          {element} ({typeof mark.attrs?.['href'] === 'string' ? mark.attrs['href'] : ''})
        </span>
      );
  }
  return <span key={key}>{element}</span>;
}
