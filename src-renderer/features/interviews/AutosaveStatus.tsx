import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from '../../domain/autosave';
import { announce } from '../../ui/announcer';

/**
 * "Saving…" while a change waits or is written, "Saved" once it is on disk. The indicator itself is
 * not a live region (it changes on every keystroke); a screen reader hears only what matters, once:
 * a failed write, and the first successful one after it.
 */
export function AutosaveStatus({ state, lastWriteMs }: { state: AutosaveState; lastWriteMs?: number }) {
  const { t } = useTranslation('interviews');
  useAutosaveAnnouncements(state, t);
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
      data-testid="autosave-state"
      data-state={state}
      data-last-write-ms={lastWriteMs?.toFixed(2)}
    >
      <span className="autosave__dot" aria-hidden="true" />
      {label}
    </p>
  );
}

function useAutosaveAnnouncements(state: AutosaveState, t: TFunction<'interviews'>): void {
  const failureAnnounced = useRef(false);
  useEffect(() => {
    if (state === 'failed' && !failureAnnounced.current) {
      failureAnnounced.current = true;
      announce(t('autosave.failed'));
    } else if (state === 'saved' && failureAnnounced.current) {
      failureAnnounced.current = false;
      announce(t('autosave.saved'));
    }
  }, [state, t]);
}
