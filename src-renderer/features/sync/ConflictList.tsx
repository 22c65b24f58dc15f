import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/DatabaseContext';
import { acknowledgeAllConflicts, acknowledgeConflict } from '../../data/sync/conflicts';
import { useOpenConflicts } from '../../data/sync/useSync';
import { formatDateTime } from '../../i18n/format';

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** For a structured value (a whole profile), only the parts that differ, one per line. */
export function differingParts(mine: unknown, theirs: unknown, empty: string): { mine: string; theirs: string } {
  if (!isPlainObject(mine) || !isPlainObject(theirs)) return { mine: show(mine, empty), theirs: show(theirs, empty) };
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((key) => JSON.stringify(mine[key]) !== JSON.stringify(theirs[key]));
  if (keys.length === 0) return { mine: show(mine, empty), theirs: show(theirs, empty) };
  const lines = (value: Record<string, unknown>) => keys.map((key) => `${key}: ${show(value[key], empty)}`).join('\n');
  return { mine: lines(mine), theirs: lines(theirs) };
}

/** Every local edit the consortium overwrote, with both values, until someone marks it as seen. */
export function ConflictList() {
  const { t, i18n } = useTranslation('sync');
  const db = useDatabase();
  const conflicts = useOpenConflicts();
  return (
    <section className="card" aria-labelledby="sync-conflicts-title" data-testid="sync-conflicts">
      <div className="sync__heading">
        <h2 id="sync-conflicts-title">{t('conflicts.title')}</h2>
        {conflicts && conflicts.length > 1 ? (
          <button type="button" className="button button--quiet" onClick={() => void acknowledgeAllConflicts(db, new Date())}>
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
          {conflicts.map((conflict) => {
            const parts = differingParts(conflict.mine, conflict.theirs, t('conflicts.empty'));
            return (
            <li key={conflict.id} className="sync__conflict" data-testid="sync-conflict">
              <div className="sync__conflict-head">
                <strong>
                  {t(`entity.${conflict.entity}`)} · {conflict.field}
                </strong>
                <span className="sync__tag">{t(`conflicts.reason.${conflict.reason}`)}</span>
                <span className="field__hint">{formatDateTime(conflict.detectedAt, i18n.language)}</span>
              </div>
              <dl className="facts">
                <dt>{t('conflicts.mine')}</dt>
                <dd className="sync__value sync__value--lost">{parts.mine}</dd>
                <dt>{t('conflicts.theirs')}</dt>
                <dd className="sync__value">{parts.theirs}</dd>
              </dl>
              <button type="button" className="button" onClick={() => void acknowledgeConflict(db, conflict.id, new Date())}>
                {t('conflicts.acknowledge')}
              </button>
            </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
