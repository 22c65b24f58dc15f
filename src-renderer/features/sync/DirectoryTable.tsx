import { useTranslation } from 'react-i18next';
import { useConsortiumCompanies } from '../../data/sync/useSync';
import { countryName } from '../../domain/countries';

function nameOf(data: Record<string, unknown>): string {
  const name = data['tradeName'] ?? data['legalName'];
  return typeof name === 'string' ? name : '';
}

/** Other contact points' companies shared by the consortium: read-only, marked as the consortium's. */
export function DirectoryTable() {
  const { t, i18n } = useTranslation('sync');
  const companies = useConsortiumCompanies();
  return (
    <section className="card" aria-labelledby="sync-directory-title" data-testid="sync-directory">
      <h2 id="sync-directory-title">{t('directory.title')}</h2>
      <p className="card__lead">{t('directory.lead')}</p>
      {companies === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : companies.length === 0 ? (
        <p className="sync__empty">{t('directory.none')}</p>
      ) : (
        <ul className="sync__directory">
          {companies.map((company) => (
            <li key={company.id}>
              <span className="sync__tag sync__tag--consortium">{t('directory.badge')}</span>{' '}
              <strong>{nameOf(company.data)}</strong>
              <span className="field__hint"> · {countryName(company.country, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
