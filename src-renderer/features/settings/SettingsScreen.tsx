import { useTranslation } from 'react-i18next';
import { SETTING_KEYS } from '../../data/settings';
import { useSetting } from '../../data/useSetting';
import type { ContactPointProfile } from '../../domain/contact-point';
import { HubSettingsSection } from '../sync/HubSettingsSection';
import { AboutSection } from './AboutSection';
import { LanguageSection } from './LanguageSection';
import { LogoSection } from './LogoSection';
import { ProfileForm } from './ProfileForm';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const screenHeadingRef = useScreenFocus();
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);
  return (
    <div className="page">
      <h1 ref={screenHeadingRef} {...screenHeading}>
        {t('title')}
      </h1>
      <div className="page__columns">
        <div className="page__main">
          {profile === undefined ? <p className="loading">{t('common:loading')}</p> : <ProfileForm initial={profile} />}
        </div>
        <div className="page__side">
          <LanguageSection />
          <HubSettingsSection />
          <LogoSection />
          <AboutSection />
        </div>
      </div>
    </div>
  );
}
