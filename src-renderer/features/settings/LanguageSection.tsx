import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { useSettingsWriters } from '../../data/useSetting';
import { changeLanguage } from '../../i18n';
import { isUiLanguage, LANGUAGE_AUTONYMS, UI_LANGUAGES } from '../../i18n/languages';

export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  const { saveUiLanguage } = useSettingsWriters();
  const id = useId();

  async function choose(value: string) {
    if (!isUiLanguage(value)) return;
    await changeLanguage(value);
    await runInBackground('status.saving', () => saveUiLanguage(value), 'status.saveFailed');
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('language.title')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('language.label')}</label>
        <select
          id={id}
          value={i18n.language}
          onChange={(event) => void choose(event.target.value)}
          data-testid="language-select"
        >
          {UI_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_AUTONYMS[language]}
            </option>
          ))}
        </select>
        <p className="field__hint">{t('language.hint')}</p>
      </div>
    </section>
  );
}
