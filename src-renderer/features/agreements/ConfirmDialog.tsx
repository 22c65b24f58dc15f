import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal question before a step that cannot simply be taken back. Escape or Cancel closes it. */
export function ConfirmDialog({
  title,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
  children,
  testId,
}: {
  title: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('agreements');
  const titleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="agreement-dialog" role="presentation">
      <div
        className="agreement-dialog__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="form__footer">
          <button
            ref={confirmRef}
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={onConfirm}
            data-testid="dialog-confirm"
          >
            {confirmLabel}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={onCancel}
            data-testid="dialog-cancel"
          >
            {t('editor.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
