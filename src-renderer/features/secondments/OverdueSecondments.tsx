import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOverdueSecondments, useSecondmentNames } from '../../data/useSecondments';
import { formatDate } from '../../i18n/format';
import { personName } from './format';
import './secondments.css';

const localDay = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** The Overview's list of overdue secondment steps. */
export function OverdueSecondments() {
  const { t, i18n } = useTranslation('secondments');
  const today = localDay(new Date());
  const overdue = useOverdueSecondments(today);
  const names = useSecondmentNames(overdue?.map((item) => item.secondment));
  return (
    <section className="card" aria-labelledby="overview-overdue-title" data-testid="overview-overdue">
      <h2 id="overview-overdue-title">{t('overview.title')}</h2>
      {overdue === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : overdue.length === 0 ? (
        <p className="card__lead">{t('overview.none')}</p>
      ) : (
        <ul className="secondment-links">
          {overdue.map((item) => {
            const s = item.secondment;
            const who = [
              personName(names?.people.get(s.participantId)),
              names?.companies.get(s.hostCompanyId)?.legalName,
            ]
              .filter(Boolean)
              .join(' → ');
            const date = formatDate(item.kind === 'noCheckIn' ? item.since : s.plannedStart, i18n.language);
            return (
              <li key={`${item.kind}-${s.id}`} data-testid={`overdue-${item.kind}`}>
                <Link to={`/secondments/${s.id}`}>{who || t('title')}</Link>: {t(`overview.${item.kind}`, { date })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
