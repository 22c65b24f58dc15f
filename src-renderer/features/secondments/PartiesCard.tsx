import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocalLcpId, type SecondmentView } from '../../data/useSecondments';
import { useSetting } from '../../data/useSetting';
import { SETTING_KEYS } from '../../data/settings';
import type { ContactPointProfile } from '../../domain/contact-point';
import { formatDate } from '../../i18n/format';
import { countryName, personName } from './format';

/** Who takes part (participant, both companies, the mentor, both contact points) and when. */
export function PartiesCard({ view }: { view: SecondmentView }) {
  const { t, i18n } = useTranslation('secondments');
  const localLcp = useLocalLcpId();
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);
  const { secondment: s, sending, host, participant } = view;
  const date = (iso?: string) => (iso ? formatDate(iso, i18n.language) : '');
  const lcp = (id?: string) =>
    id && id === localLcp ? (profile?.organisationName ?? t('page.thisContactPoint')) : t('page.otherContactPoint');
  const company = (id: string, name: string | undefined, country: string) =>
    name ? (
      <>
        <Link to={`/companies/${id}`}>{name}</Link> · {countryName(country, i18n.language)}
      </>
    ) : (
      t('page.removed')
    );
  return (
    <section className="card" aria-labelledby="secondment-parties-title" data-testid="secondment-parties">
      <h2 id="secondment-parties-title">{t('page.parties')}</h2>
      <dl className="facts">
        <dt>{t('page.participant')}</dt>
        <dd>{participant ? personName(participant) : t('page.removed')}</dd>
        <dt>{t('page.sending')}</dt>
        <dd>{company(s.sendingCompanyId, sending?.legalName, s.sendingCountry)}</dd>
        <dt>{t('page.host')}</dt>
        <dd>{company(s.hostCompanyId, host?.legalName, s.hostCountry)}</dd>
        <dt>{t('page.mentor')}</dt>
        <dd>{s.mentorRole ? `${s.mentorName} (${s.mentorRole})` : s.mentorName}</dd>
        <dt>{t('page.contactPoints')}</dt>
        <dd>
          {lcp(s.sendingLcpId)} → {lcp(s.hostLcpId)}
        </dd>
        <dt>{t('page.planned')}</dt>
        <dd data-testid="secondment-planned">
          {date(s.plannedStart)} – {date(s.plannedEnd)}
        </dd>
        <dt>{t('page.actual')}</dt>
        <dd>{s.actualStart ? `${date(s.actualStart)} – ${date(s.actualEnd)}` : t('page.notStarted')}</dd>
      </dl>
    </section>
  );
}
