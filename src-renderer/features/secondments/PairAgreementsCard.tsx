import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SecondmentView } from '../../data/useSecondments';
import { formatDate } from '../../i18n/format';

/** The agreements between the secondment's two companies, linked to the agreement screens. */
export function PairAgreementsCard({ view }: { view: SecondmentView }) {
  const { t, i18n } = useTranslation('secondments');
  const s = view.secondment;
  const draft = `/agreements/new?sendingCompanyId=${encodeURIComponent(s.sendingCompanyId)}`;
  return (
    <section className="card" aria-labelledby="secondment-agreements-title" data-testid="secondment-agreements">
      <h2 id="secondment-agreements-title">{t('agreements.title')}</h2>
      {view.agreements.length === 0 ? (
        <p className="card__lead">{t('agreements.empty')}</p>
      ) : (
        <ul className="secondment-links">
          {view.agreements.map((a) => (
            <li key={a.id}>
              <Link to={`/agreements/${a.id}`}>{a.reference}</Link> · {t(`agreements:status.${a.status}`)} ·{' '}
              {formatDate(a.updatedAt, i18n.language)}
            </li>
          ))}
        </ul>
      )}
      <Link className="button" to={draft}>
        {t('agreements.new')}
      </Link>
    </section>
  );
}
