import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CheckInsCard } from './CheckInsCard';
import { EligibilityCard } from './EligibilityCard';
import { FundingCard } from './FundingCard';
import { personName } from './format';
import { LearningProjectEditor } from './LearningProjectEditor';
import { PairAgreementsCard } from './PairAgreementsCard';
import { PartiesCard } from './PartiesCard';
import { StatusCard } from './StatusCard';
import { useSecondmentPage } from './useSecondmentPage';
import './secondments.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

/** `/secondments/:id`: one secondment with everything that belongs to it. Layout only: useSecondmentPage orchestrates. */
export function SecondmentScreen() {
  const { id } = useParams();
  const { t } = useTranslation('secondments');
  const screenHeadingRef = useScreenFocus();
  const page = useSecondmentPage(id);
  const { view } = page;
  if (view === undefined) return <p className="loading">{t('common:loading')}</p>;
  if (view === null)
    return (
      <div className="page">
        <section className="card empty-state">
          <p>{t('page.notFound')}</p>
          <Link className="button" to="/secondments">
            {t('page.back')}
          </Link>
        </section>
      </div>
    );
  const title = [personName(view.participant), view.host?.legalName].filter(Boolean).join(' → ') || t('title');
  return (
    <div className="page" data-testid="secondment-page">
      <p className="secondment-back">
        <Link to="/secondments">← {t('page.back')}</Link>
      </p>
      <h1 ref={screenHeadingRef} {...screenHeading} className="secondment-heading">
        {title}
      </h1>
      <div className="page__columns">
        <div>
          <PartiesCard view={view} />
          {/* Keyed by id: another secondment opens with its own draft. */}
          <LearningProjectEditor key={view.secondment.id} secondment={view.secondment} />
          <CheckInsCard page={page} />
        </div>
        <div className="page__side">
          <StatusCard page={page} />
          <FundingCard page={page} />
          <EligibilityCard page={page} />
          <PairAgreementsCard view={view} />
        </div>
      </div>
    </div>
  );
}
