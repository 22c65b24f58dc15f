import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Agreement } from '../../domain/model';
import { formatDate } from '../../i18n/format';
import { countryName } from './format';
import { StatusBadge } from './StatusBadge';

/** Agreements as a table: reference, country pair, period, status. */
export function AgreementsTable({ agreements }: { agreements: Agreement[] }) {
  const { t, i18n } = useTranslation('agreements');
  const date = (iso?: string) => (iso ? formatDate(iso, i18n.language) : '—');
  return (
    <table className="table" data-testid="agreements-table">
      <thead>
        <tr>
          <th>{t('list.reference')}</th>
          <th>{t('list.countries')}</th>
          <th>{t('list.period')}</th>
          <th>{t('list.status')}</th>
        </tr>
      </thead>
      <tbody>
        {agreements.map((agreement) => (
          <tr key={agreement.id}>
            <td>
              <Link to={`/agreements/${agreement.id}`}>{agreement.reference}</Link>
            </td>
            <td>
              {countryName(agreement.sendingCountry, i18n.language)} → {countryName(agreement.hostCountry, i18n.language)}
            </td>
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
  );
}
