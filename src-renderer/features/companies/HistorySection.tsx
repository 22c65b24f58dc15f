import { useTranslation } from 'react-i18next';
import { useCompanyHistory } from '../../data/registry/useCompanies';
import { formatDateTime } from '../../i18n/format';

const SHOWN = 50;

/** What changed and when, from the outbox (the same entries that travel to the central office). */
export function HistorySection({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation('companies');
  const entries = useCompanyHistory(companyId);
  const fieldName = (key: string) => (i18n.exists(`companies:fields.${key}`) ? t(`fields.${key}`) : key);
  return (
    <section className="card" aria-labelledby="history-heading" data-testid="company-history">
      <h2 id="history-heading">{t('history.title')}</h2>
      {entries === undefined ? (
        <p>{t('common:loading')}</p>
      ) : entries.length === 0 ? (
        <p className="card__lead">{t('history.empty')}</p>
      ) : (
        <ol className="history">
          {entries.slice(0, SHOWN).map((entry) => {
            const fields = Object.keys(entry.fields).filter((key) => key !== 'companyId');
            return (
              <li key={entry.changeId} className="history__item">
                <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                <span>
                  {t(`history.${entry.entity === 'person' ? 'person' : 'company'}.${entry.op}`)}
                  {entry.redacted ? ` ${t('history.redacted')}` : ''}
                  {entry.op === 'update' && fields.length > 0 ? `: ${fields.map(fieldName).join(', ')}` : ''}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
