import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAgreementParties } from '../../data/useAgreements';
import type { Agreement } from '../../domain/model';
import { formatDate } from '../../i18n/format';
import { countryName, personName } from './format';
import { StatusBadge } from './StatusBadge';
import { TableScroll } from '../../ui/TableScroll';

/** Agreements as a table: reference, participant, sending and host company with their countries, period, status. */
export function AgreementsTable({ agreements }: { agreements: Agreement[] }) {
  const { t, i18n } = useTranslation('agreements');
  const parties = useAgreementParties(agreements);
  const date = (iso?: string) => (iso ? formatDate(iso, i18n.language) : '—');
  const company = (id: string, country: string) => (
    <>
      <span className="agreements-table__name">{parties?.companies.get(id)?.legalName ?? '—'}</span>
      <span className="agreements-table__country">{countryName(country, i18n.language)}</span>
    </>
  );
  return (
    <TableScroll label={t('title')} className="agreements-table">
      <table className="table" data-testid="agreements-table">
        <caption className="visually-hidden">{t('title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.reference')}</th>
            <th scope="col">{t('editor.participant')}</th>
            <th scope="col">{t('editor.sending')}</th>
            <th scope="col">{t('editor.host')}</th>
            <th scope="col">{t('list.period')}</th>
            <th scope="col">{t('list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((agreement) => (
            <tr key={agreement.id}>
              <td className="agreements-table__reference">
                <Link to={`/agreements/${agreement.id}`}>{agreement.reference}</Link>
              </td>
              <td>{personName(parties?.people.get(agreement.participantId)) || '—'}</td>
              <td>{company(agreement.sendingCompanyId, agreement.sendingCountry)}</td>
              <td>{company(agreement.hostCompanyId, agreement.hostCountry)}</td>
              <td>
                {date(agreement.startDate)} – {date(agreement.endDate)}
              </td>
              <td>
                <StatusBadge status={agreement.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
