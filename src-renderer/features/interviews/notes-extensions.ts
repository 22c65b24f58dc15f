import { TaskItem, TaskList } from '@tiptap/extension-list';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import { Extension, type Extensions } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';

export const NOTES_MAX_CHARACTERS = 200_000;

/** The notes editor's extensions: StarterKit (with links), task lists, placeholder, character count. */
export type NotesLabels = { placeholder: string; taskCheckbox: (text: string, checked: boolean) => string };

export function notesExtensions(labels: NotesLabels, onLinkShortcut: () => void): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
      },
    }),
    TaskList,
    TaskItem.configure({
      nested: true,
      a11y: { checkboxLabel: (node, checked) => labels.taskCheckbox(node.textContent, checked) },
    }),
    Placeholder.configure({ placeholder: labels.placeholder }),
    CharacterCount.configure({ limit: NOTES_MAX_CHARACTERS }),
  ];
  return [...extensions, ...linkShortcut(onLinkShortcut)];
}

function linkShortcut(open: () => void): Extensions {
  return [
    Extension.create({
      name: 'linkShortcut',
      addKeyboardShortcuts() {
        return {
          'Mod-k': () => {
            open();
            return true;
          },
          // Tab and Shift+Tab indent list items: Escape is the way out to the toolbar for keyboard users.
          Escape: () => {
            const toolbar = this.editor.view.dom
              .closest('.notes-editor')
              ?.querySelector<HTMLElement>('.notes-toolbar button:not(:disabled)');
            if (!toolbar) return false;
            toolbar.focus();
            return true;
          },
        };
      },
    }),
  ];
}
