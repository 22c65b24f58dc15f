import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_LANGUAGE_AUTONYMS,
  AGREEMENT_LANGUAGES,
  type AgreementLanguage,
} from '../../domain/agreements/languages';
import type { AgreementDraft } from '../../domain/agreements/validation';
import { Field } from '../../ui/Field';

type Props = {
  draft: AgreementDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<AgreementDraft>) => void;
};

/** Languages (one or two, plus English on request) and how the languages sit on the page. */
export function DocumentFields({ draft, errors, onChange }: Props) {
  const { t } = useTranslation('agreements');
  const [first = 'en', second = ''] = draft.languages;
  const setLanguages = (a: string, b: string) =>
    onChange({ languages: [a, b].filter((l, i, all) => l !== '' && all.indexOf(l) === i) as AgreementLanguage[] });
  return (
    <section className="card" aria-labelledby="document-title">
      <h2 id="document-title">{t('editor.document')}</h2>
      <div className="form__grid">
        <Field label={t('editor.language1')} error={errors['languages']} required>
          {(props) => (
            <select {...props} name="languages" value={first} onChange={(e) => setLanguages(e.target.value, second)}>
              {AGREEMENT_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {AGREEMENT_LANGUAGE_AUTONYMS[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('editor.language2')}>
          {(props) => (
            <select {...props} name="language2" value={second} onChange={(e) => setLanguages(first, e.target.value)}>
              <option value="">{t('editor.noSecondLanguage')}</option>
              {AGREEMENT_LANGUAGES.filter((l) => l !== first).map((l) => (
                <option key={l} value={l}>
                  {AGREEMENT_LANGUAGE_AUTONYMS[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="agreement-form__options">
        <label className="checkbox">
          <input
            type="checkbox"
            name="includeEnglish"
            checked={draft.includeEnglish}
            onChange={(e) => onChange({ includeEnglish: e.target.checked })}
          />
          {t('editor.includeEnglish')}
        </label>
        <fieldset className="radio-group">
          <legend>{t('editor.layout')}</legend>
          {(['sideBySide', 'sequential'] as const).map((layout) => (
            <label key={layout} className="checkbox">
              <input
                type="radio"
                name="layout"
                value={layout}
                checked={draft.layout === layout}
                onChange={() => onChange({ layout })}
              />
              {t(`layout.${layout}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
