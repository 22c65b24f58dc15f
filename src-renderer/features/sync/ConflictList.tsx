import { useTranslation } from 'react-i18next';
import { useOpenConflicts, useSyncWriters } from '../../data/sync/useSync';
import type { StoredConflict } from '../../data/sync/types';
import { formatDateTime } from '../../i18n/format';
import { differingParts } from './conflict-parts';

function ConflictItem({ conflict }: { conflict: StoredConflict }) {
  const { t, i18n } = useTranslation('sync');
  const { acknowledgeConflict } = useSyncWriters();
  const parts = differingParts(conflict.mine, conflict.theirs, t('conflicts.empty'));
  return (
    <li className="sync__conflict" data-testid="sync-conflict">
      <div className="sync__conflict-head">
        <strong>
          {t(`entity.${conflict.entity}`)} · {conflict.field}
        </strong>
        <span className="sync__tag">{t(`conflicts.reason.${conflict.reason}`)}</span>
        <span className="field__hint">
          {conflict.entityId} · {formatDateTime(conflict.detectedAt, i18n.language)}
        </span>
      </div>
      <dl className="facts">
        <dt>{t('conflicts.mine')}</dt>
        <dd className="sync__value sync__value--lost">{parts.mine}</dd>
        <dt>{t('conflicts.theirs')}</dt>
        <dd className="sync__value">{parts.theirs}</dd>
      </dl>
      <button type="button" className="button" onClick={() => void acknowledgeConflict(conflict.id, new Date())}>
        {t('conflicts.acknowledge')}
      </button>
    </li>
  );
}

/** Every local edit the consortium overwrote, with both values, until someone marks it as seen. */
export function ConflictList() {
  const { t } = useTranslation('sync');
  const { acknowledgeAllConflicts } = useSyncWriters();
  const conflicts = useOpenConflicts();
  return (
    <section className="card" aria-labelledby="sync-conflicts-title" data-testid="sync-conflicts">
      <div className="sync__heading">
        <h2 id="sync-conflicts-title">{t('conflicts.title')}</h2>
        {conflicts && conflicts.length > 1 ? (
          <button type="button" className="button" onClick={() => void acknowledgeAllConflicts(new Date())}>
            {t('conflicts.acknowledgeAll')}
          </button>
        ) : null}
      </div>
      <p className="card__lead">{t('conflicts.lead')}</p>
      {conflicts === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : conflicts.length === 0 ? (
        <p className="sync__empty">{t('conflicts.none')}</p>
      ) : (
        <ul className="sync__conflicts">
          {conflicts.map((conflict) => (
            <ConflictItem key={conflict.id} conflict={conflict} />
          ))}
        </ul>
      )}
    </section>
  );
}
