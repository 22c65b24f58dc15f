import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebsite } from '../../domain/validation';

/** Adds, changes or removes the link on the selected text. Enter applies, Escape goes back. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('interviews');
  const [href, setHref] = useState(() => (editor.getAttributes('link')['href'] as string | undefined) ?? '');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const value = href.trim();
    if (value === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onClose();
      return;
    }
    const isMail = /^mailto:/i.test(value) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
    if (!isMail && !isWebsite(value)) {
      setError(true);
      return;
    }
    const url = isMail
      ? value.startsWith('mailto:')
        ? value
        : `mailto:${value}`
      : /^https?:\/\//i.test(value)
        ? value
        : `https://${value}`;
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link'))
      chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: url } }] }).run();
    else chain.setLink({ href: url }).run();
    onClose();
  };
  return (
    <form className="link-form" onSubmit={apply} onKeyDown={(event) => event.key === 'Escape' && close()}>
      <label htmlFor="notes-link">{t('editor.link.label')}</label>
      <input
        ref={input}
        id="notes-link"
        type="text"
        inputMode="url"
        value={href}
        aria-invalid={error}
        aria-describedby={error ? 'notes-link-error' : undefined}
        onChange={(event) => {
          setHref(event.target.value);
          setError(false);
        }}
      />
      <button type="submit" className="button">
        {t('editor.link.apply')}
      </button>
      <button type="button" className="button button--quiet" onClick={close}>
        {t('editor.link.cancel')}
      </button>
      {error ? (
        <p id="notes-link-error" className="field__error" role="alert">
          {t('editor.link.invalid')}
        </p>
      ) : null}
    </form>
  );
}
