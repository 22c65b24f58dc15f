import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAgreementTemplates } from '../../data/useAgreements';
import { useTemplateWriters } from '../../data/useAgreementWriters';
import {
  MAPPABLE_FIELDS,
  suggestMapping,
  type FieldMapping,
  type MappableField,
} from '../../domain/agreements/field-mapping';
import type { AgreementTemplate } from '../../domain/model';
import './agreements.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';
import { TableScroll } from '../../ui/TableScroll';

/** `/agreements/forms`: import PDF forms and map their fields to agreement fields, once per form. */
export function FormTemplatesScreen() {
  const { t } = useTranslation('agreements');
  const screenHeadingRef = useScreenFocus();
  const { saveTemplate } = useTemplateWriters();
  const templates = useAgreementTemplates();
  const [error, setError] = useState<string | null>(null);

  const importForm = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let fields;
    try {
      const { listFormFields } = await import('../../pdf/form-fill');
      fields = (await listFormFields(bytes)).filter((f) => f.kind === 'text');
    } catch {
      setError(t('forms.notPdf'));
      return;
    }
    if (fields.length === 0) {
      setError(t('forms.noFields'));
      return;
    }
    const names = fields.map((f) => f.name);
    await saveTemplate({
      name: file.name.replace(/\.pdf$/i, ''),
      bytes,
      fieldNames: names,
      mapping: suggestMapping(names),
    });
  };

  return (
    <div className="page">
      <p>
        <Link to="/agreements">← {t('detail.back')}</Link>
      </p>
      <h1 ref={screenHeadingRef} {...screenHeading}>
        {t('forms.title')}
      </h1>
      <section className="card">
        <p className="card__lead">{t('forms.lead')}</p>
        <label className="button button--primary">
          {t('forms.import')}
          <input
            type="file"
            accept="application/pdf"
            className="visually-hidden"
            data-testid="form-import"
            onChange={(e) => void importForm(e)}
          />
        </label>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      {templates?.map((template) => (
        <TemplateMapping key={template.id} template={template} />
      ))}
    </div>
  );
}

function TemplateMapping({ template }: { template: AgreementTemplate }) {
  const { t } = useTranslation('agreements');
  const { saveTemplateMapping, deleteTemplate } = useTemplateWriters();
  const [mapping, setMapping] = useState<FieldMapping>(template.mapping);
  const [saved, setSaved] = useState(false);
  const mapped = Object.values(mapping).filter(Boolean).length;
  return (
    <section className="card" aria-label={template.name} data-testid="form-template">
      <h2>{template.name}</h2>
      <p className="card__lead">{t('forms.mapped', { mapped, count: template.fieldNames.length })}</p>
      <TableScroll label={t('a11y.templateFields', { name: template.name })}>
        <table className="table">
          <caption className="visually-hidden">{t('a11y.templateFields', { name: template.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forms.pdfField')}</th>
              <th scope="col">{t('forms.agreementField')}</th>
            </tr>
          </thead>
          <tbody>
            {template.fieldNames.map((name) => (
              <tr key={name}>
                <td>
                  <code>{name}</code>
                </td>
                <td>
                  <select
                    aria-label={name}
                    value={mapping[name] ?? ''}
                    onChange={(e) => {
                      setMapping({ ...mapping, [name]: e.target.value as MappableField | '' });
                      setSaved(false);
                    }}
                  >
                    <option value="">{t('forms.unmapped')}</option>
                    {MAPPABLE_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`fields.${field}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="form__footer">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void saveTemplateMapping(template.id, mapping).then(() => setSaved(true))}
        >
          {t('forms.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void deleteTemplate(template.id)}>
          {t('forms.delete')}
        </button>
        <p className="form__state form__state--saved" role="status">
          {saved ? t('forms.saved') : ''}
        </p>
      </div>
    </section>
  );
}
