import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMessage } from '../domain/validation';

type FieldProps = {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
    required?: boolean;
  }) => ReactNode;
};

/** A labelled form control with its translated error below it. */
export function Field({ label, error, hint, required, children }: FieldProps) {
  const id = useId();
  const { t } = useTranslation('validation');
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const parsed = error ? parseMessage(error) : null;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, required })}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {parsed ? (
        <p id={errorId} className="field__error" role="alert">
          {t(parsed.key, parsed.params)}
        </p>
      ) : null}
    </div>
  );
}
