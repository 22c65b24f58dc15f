import './dialog.css';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

type DialogProps = {
  /** The visible heading; it also names the dialog. */
  title: string;
  /** Escape, and the browser's own cancel, call this (not while `busy`). */
  onClose: () => void;
  busy?: boolean;
  /** `alertdialog` for a confirmation that interrupts (erase, delete). */
  role?: 'dialog' | 'alertdialog';
  /** What receives focus when the dialog opens; else the first focusable control. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes when the dialog closes if its opener is gone; else the opener. */
  returnFocus?: () => HTMLElement | null | undefined;
  size?: 'narrow' | 'wide';
  describedBy?: string;
  testId?: string;
  children: ReactNode;
};

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: never out to the browser. */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.offsetParent !== null || element === document.activeElement,
  );
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The one modal dialog of the app: a native `<dialog>` opened with `showModal()`, so the browser moves
 * focus in, keeps Tab inside, makes the page behind inert and closes on Escape. Mounting opens it,
 * unmounting closes it and gives focus back to the control that opened it.
 */
export function Dialog({
  title,
  onClose,
  busy = false,
  role = 'dialog',
  initialFocus,
  returnFocus,
  size = 'narrow',
  describedBy,
  testId,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef({ onClose, busy, returnFocus });
  useEffect(() => {
    close.current = { onClose, busy, returnFocus };
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const target = opener?.isConnected ? opener : close.current.returnFocus?.();
      target?.focus();
    };
    // Opened once per mount: the initial focus is read when the dialog opens, not tracked after.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Tab') {
      keepTabInside(event);
      return;
    }
    if (event.key !== 'Escape') return;
    // The dialog owns Escape: the page behind (a company page's Escape goes back to the list) never sees it.
    event.preventDefault();
    event.stopPropagation();
    if (!close.current.busy) close.current.onClose();
  };

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Closing is React's business (the parent unmounts the dialog), never the browser's alone.
        event.preventDefault();
        if (!close.current.busy) close.current.onClose();
      }}
      data-testid={testId}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
