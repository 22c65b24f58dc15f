import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAgreementTemplates } from '../../data/useAgreements';
import { useAgreementWriters } from '../../data/useAgreementWriters';
import {
  AGREEMENT_LANGUAGE_AUTONYMS,
  documentLanguages,
  type AgreementLanguage,
} from '../../domain/agreements/languages';
import type { Agreement } from '../../domain/model';
import { platform } from '../../platform';
import { loadPdfTools, pdfFailureText } from './pdf-tools';

/** Fills an imported PDF form (mapped once in /agreements/forms) with this agreement. */
export function FillFormSection({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const { readAgreementBundle } = useAgreementWriters();
  const templates = useAgreementTemplates();
  const languages = documentLanguages(agreement.languages, agreement.includeEnglish);
  const [templateId, setTemplateId] = useState('');
  const [language, setLanguage] = useState<AgreementLanguage>(languages[0] ?? 'en');
  const [flatten, setFlatten] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const chosen = templates?.find((tpl) => tpl.id === (templateId || templates[0]?.id));

  const fill = async () => {
    if (!chosen) return;
    setError(null);
    try {
      const { fillTemplateForAgreement } = await loadPdfTools();
      const bytes = await fillTemplateForAgreement(await readAgreementBundle(agreement.id), chosen, language, flatten);
      await platform.saveFile(`${agreement.reference}-${chosen.name}.pdf`, 'application/pdf', bytes);
    } catch (e) {
      setError(pdfFailureText(t, e));
    }
  };

  return (
    <section className="card" aria-labelledby="fill-title">
      <h2 id="fill-title">{t('fill.title')}</h2>
      <p className="card__lead">{t('fill.lead')}</p>
      {templates && templates.length === 0 ? (
        <p>
          {t('fill.noTemplates')} <Link to="/agreements/forms">{t('forms.title')}</Link>
        </p>
      ) : (
        <div className="fill-form">
          <label className="field">
            <span>{t('fill.template')}</span>
            <select value={chosen?.id ?? ''} onChange={(e) => setTemplateId(e.target.value)}>
              {(templates ?? []).map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('fill.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as AgreementLanguage)}>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {AGREEMENT_LANGUAGE_AUTONYMS[l]}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={flatten} onChange={(e) => setFlatten(e.target.checked)} />
            {t('fill.flatten')}
          </label>
          <button type="button" className="button" disabled={!chosen} onClick={() => void fill()}>
            {t('fill.fill')}
          </button>
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
