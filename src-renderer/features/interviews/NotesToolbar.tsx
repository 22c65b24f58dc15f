import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../../intents/actions';

type Tool = {
  id: string;
  shortcut: string;
  isActive?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
  canRun?: (editor: Editor) => boolean;
};

/** The toolbar's buttons with the keyboard shortcuts TipTap binds (shown in each tooltip). */
const TOOLS: Tool[] = [
  {
    id: 'bold',
    shortcut: 'Mod+B',
    isActive: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    shortcut: 'Mod+I',
    isActive: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: 'strike',
    shortcut: 'Mod+Shift+S',
    isActive: (e) => e.isActive('strike'),
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
  {
    id: 'heading',
    shortcut: 'Mod+Alt+2',
    isActive: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'bulletList',
    shortcut: 'Mod+Shift+8',
    isActive: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    shortcut: 'Mod+Shift+7',
    isActive: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'taskList',
    shortcut: 'Mod+Shift+9',
    isActive: (e) => e.isActive('taskList'),
    run: (e) => e.chain().focus().toggleTaskList().run(),
  },
  { id: 'undo', shortcut: 'Mod+Z', run: (e) => e.chain().focus().undo().run(), canRun: (e) => e.can().undo() },
  { id: 'redo', shortcut: 'Mod+Shift+Z', run: (e) => e.chain().focus().redo().run(), canRun: (e) => e.can().redo() },
];

const ICONS: Record<string, string> = {
  bold: 'B',
  italic: 'I',
  strike: 'S',
  heading: 'H',
  bulletList: '•',
  orderedList: '1.',
  taskList: '☑',
  link: '↗',
  undo: '↶',
  redo: '↷',
};

export function NotesToolbar({ editor, onLink }: { editor: Editor; onLink: () => void }) {
  const { t } = useTranslation('interviews');
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      active: Object.fromEntries(TOOLS.map((tool) => [tool.id, tool.isActive?.(e) ?? false])),
      enabled: Object.fromEntries(TOOLS.map((tool) => [tool.id, tool.canRun?.(e) ?? true])),
      link: e.isActive('link'),
    }),
  });
  const button = (id: string, shortcut: string, active: boolean, enabled: boolean, run: () => void) => {
    const label = t(`editor.tools.${id}`);
    const keys = shortcutLabel(shortcut);
    return (
      <button
        key={id}
        type="button"
        className={`notes-toolbar__button notes-toolbar__button--${id}`}
        aria-label={`${label} (${keys})`}
        title={`${label} (${keys})`}
        aria-pressed={id === 'undo' || id === 'redo' ? undefined : active}
        disabled={!enabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={run}
      >
        <span aria-hidden="true">{ICONS[id]}</span>
      </button>
    );
  };
  return (
    <div className="notes-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {TOOLS.slice(0, 7).map((tool) =>
        button(tool.id, tool.shortcut, state.active[tool.id] ?? false, state.enabled[tool.id] ?? true, () =>
          tool.run(editor),
        ),
      )}
      {button('link', 'Mod+K', state.link, true, onLink)}
      {TOOLS.slice(7).map((tool) =>
        button(tool.id, tool.shortcut, false, state.enabled[tool.id] ?? true, () => tool.run(editor)),
      )}
    </div>
  );
}
