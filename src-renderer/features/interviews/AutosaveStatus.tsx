import { useTranslation } from 'react-i18next';
import type { AutosaveState } from '../../domain/autosave';

/** "Saving…" while a change waits or is written, "Saved" once it is on disk. */
export function AutosaveStatus({ state, lastWriteMs }: { state: AutosaveState; lastWriteMs?: number }) {
  const { t } = useTranslation('interviews');
  const label =
    state === 'pending' || state === 'saving'
      ? t('autosave.saving')
      : state === 'failed'
        ? t('autosave.failed')
        : state === 'saved'
          ? t('autosave.saved')
          : t('autosave.idle');
  return (
    <p
      className={`autosave autosave--${state}`}
      role="status"
      data-testid="autosave-state"
      data-state={state}
      data-last-write-ms={lastWriteMs?.toFixed(2)}
    >
      <span className="autosave__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
