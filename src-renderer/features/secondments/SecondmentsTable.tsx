import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSecondmentNames } from '../../data/useSecondments';
import type { Secondment } from '../../domain/secondments/record';
import { formatDate } from '../../i18n/format';
import { countryName, personName, SecondmentStatusBadge } from './format';

/** Secondments as a table: participant, sending and host company with their countries, period, status. */
export function SecondmentsTable({ secondments }: { secondments: Secondment[] }) {
  const { t, i18n } = useTranslation('secondments');
  const names = useSecondmentNames(secondments);
  const date = (iso?: string) => (iso ? formatDate(iso, i18n.language) : '—');
  const company = (id: string, country: string) => (
    <>
      <span className="secondments-table__name">{names?.companies.get(id)?.legalName ?? t('page.removed')}</span>
      <span className="secondments-table__country">{countryName(country, i18n.language)}</span>
    </>
  );
  return (
    <div className="secondments-table">
      <table className="table" data-testid="secondments-table">
        <thead>
          <tr>
            <th>{t('list.participant')}</th>
            <th>{t('list.sending')}</th>
            <th>{t('list.host')}</th>
            <th>{t('list.period')}</th>
            <th>{t('list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {secondments.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/secondments/${s.id}`}>
                  {personName(names?.people.get(s.participantId)) || t('page.removed')}
                </Link>
              </td>
              <td>{company(s.sendingCompanyId, s.sendingCountry)}</td>
              <td>{company(s.hostCompanyId, s.hostCountry)}</td>
              <td className="secondments-table__period">
                {date(s.actualStart ?? s.plannedStart)} – {date(s.actualEnd ?? s.plannedEnd)}
              </td>
              <td>
                <SecondmentStatusBadge status={s.status} label={t(`status.${s.status}`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
