import { useTranslation } from 'react-i18next';
import type { StoredSyncError } from '../../data/sync/types';
import { formatDateTime } from '../../i18n/format';

/** The last failure in plain words, with what to do about it. */
export function SyncErrorNotice({ error }: { error: StoredSyncError }) {
  const { t, i18n } = useTranslation('sync');
  return (
    <div className="sync__error" role="alert" data-testid="sync-error" data-code={error.code}>
      <h3>{t('errors.title')}</h3>
      <p>{t(`errors.${error.code}.text`)}</p>
      <p>
        <strong>{t('errors.whatToDo')}: </strong>
        {t(`errors.${error.code}.todo`)}
      </p>
      {error.detail ? (
        <details>
          <summary>{t('errors.details')}</summary>
          <code>
            {formatDateTime(error.at, i18n.language)} · {error.code} · {error.detail}
          </code>
        </details>
      ) : null}
    </div>
  );
}
