import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

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
  const confirmRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={title} onClose={onCancel} busy={busy} initialFocus={confirmRef} testId={testId}>
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
    </Dialog>
  );
}
