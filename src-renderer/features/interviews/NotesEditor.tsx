import { EditorContent, useEditor, useEditorState, type JSONContent } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { LinkForm } from './LinkForm';
import { notesExtensions, NOTES_MAX_CHARACTERS } from './notes-extensions';
import { NotesToolbar } from './NotesToolbar';
import './notes-editor.css';

type Props = {
  /** The stored notes, loaded once: loading is not an edit. */
  initial: unknown;
  onChange: (doc: JSONContent) => void;
  onBlur: () => void;
  labelledBy: string;
};

export function NotesEditor({ initial, onChange, onBlur, labelledBy }: Props) {
  const { t, i18n } = useTranslation('interviews');
  const [linking, setLinking] = useState(false);
  const callbacks = useRef({ onChange, onBlur });
  useEffect(() => {
    callbacks.current = { onChange, onBlur };
  });
  // Created once: new option objects on every render would make TipTap reconfigure the editor.
  const [extensions] = useState(() =>
    notesExtensions(
      {
        placeholder: t('editor.placeholder'),
        taskCheckbox: (text, checked) =>
          t(checked ? 'editor.taskDone' : 'editor.taskOpen', { text: text || t('editor.taskEmpty') }),
      },
      () => setLinking(true),
    ),
  );
  const [editorProps] = useState(() => ({
    attributes: {
      'aria-labelledby': labelledBy,
      'aria-multiline': 'true',
      role: 'textbox',
      class: 'notes-editor__content',
    },
  }));
  const editor = useEditor({
    // Our CSP allows no inline <style>: the editor's base CSS lives in interviews.css.
    injectCSS: false,
    extensions,
    editorProps,
    onUpdate: ({ editor: e }) => callbacks.current.onChange(e.getJSON()),
    onBlur: () => callbacks.current.onBlur(),
  });
  // Load the stored document without emitting an update: opening notes must never count as an edit.
  const loaded = useRef(false);
  useEffect(() => {
    if (!editor || loaded.current) return;
    loaded.current = true;
    if (initial && typeof initial === 'object') editor.commands.setContent(initial, { emitUpdate: false });
  }, [editor, initial]);
  const counts = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e ? { characters: e.storage.characterCount.characters(), words: e.storage.characterCount.words() } : null,
  });
  if (!editor) return null;
  return (
    <div className="notes-editor">
      <NotesToolbar editor={editor} onLink={() => setLinking(true)} />
      {linking ? <LinkForm editor={editor} onClose={() => setLinking(false)} /> : null}
      <EditorContent editor={editor} />
      <p className="notes-editor__count" data-testid="notes-count">
        {t('editor.count', {
          count: counts?.characters ?? 0,
          characters: formatNumber(counts?.characters ?? 0, i18n.language),
          words: formatNumber(counts?.words ?? 0, i18n.language),
          max: formatNumber(NOTES_MAX_CHARACTERS, i18n.language),
        })}
      </p>
    </div>
  );
}
