import './companies.css';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { runInBackground } from '../../intents/background-tasks';
import { DuplicateCompanyError } from '../../data/registry/company-writes';
import { useCompany } from '../../data/registry/useCompanies';
import { useCompanyWriters } from '../../data/registry/useCompanyWriters';
import type { Company } from '../../domain/model';
import { companyFieldsFromDraft, draftFromCompany } from '../../domain/registry/company-record';
import { EMPTY_COMPANY_DRAFT, parseCompanyDraft, type CompanyDraft } from '../../domain/registry/company-schema';
import type { DuplicateCandidate, DuplicateVerdict } from '../../domain/registry/duplicates';
import { message } from '../../domain/validation';
import { CompanyFormFields } from './CompanyFormFields';
import { countryName } from './labels';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

/** Route `/companies/new` and `/companies/:id/edit`. */
export function CompanyFormScreen() {
  const { id } = useParams();
  const company = useCompany(id ?? '');
  const { t } = useTranslation('companies');
  if (id && company === undefined) return <p className="loading">{t('common:loading')}</p>;
  if (id && company === null) return <NotFound />;
  return <CompanyForm key={id ?? 'new'} initial={company ?? null} />;
}

export function NotFound() {
  const { t } = useTranslation('companies');
  return (
    <div className="page">
      <div className="card empty-state">
        <p>{t('detail.notFound')}</p>
        <Link to="/companies" className="button">
          {t('detail.backToList')}
        </Link>
      </div>
    </div>
  );
}

type Duplicate =
  { kind: 'sameId'; existing: DuplicateCandidate } | { kind: 'similar'; existing: DuplicateCandidate[] } | null;

function CompanyForm({ initial }: { initial: Company | null }) {
  const { t, i18n } = useTranslation('companies');
  const screenHeadingRef = useScreenFocus();
  const { checkDuplicates, createCompany, updateCompany } = useCompanyWriters();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<CompanyDraft>(() => (initial ? draftFromCompany(initial) : EMPTY_COMPANY_DRAFT));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicate, setDuplicate] = useState<Duplicate>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const onChange = (field: keyof CompanyDraft, value: string) => {
    setDraft((current) => ({ ...current, [field]: value, ...(field === 'naceSection' ? { naceDivision: '' } : {}) }));
    setDuplicate(null);
  };

  function showSameId(verdict: Extract<DuplicateVerdict, { kind: 'sameId' }>) {
    setErrors({ [verdict.field]: message('companies:errors.duplicateId') });
    setDuplicate({ kind: 'sameId', existing: verdict.existing });
    formRef.current?.querySelector<HTMLElement>(`[name="${verdict.field}"]`)?.focus();
  }

  async function submit(event: FormEvent, acceptSimilar = false) {
    event.preventDefault();
    setFailed(null);
    const parsed = parseCompanyDraft(draft);
    if (!parsed.ok) {
      const next = parsed.errors;
      setErrors(next);
      const first = Object.keys(next)[0];
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const fields = companyFieldsFromDraft(parsed.data);
    const verdict = await checkDuplicates({ ...fields, id: initial?.id });
    if (verdict.kind === 'sameId') return showSameId(verdict);
    if (verdict.kind === 'similarName' && !acceptSimilar) {
      setErrors({});
      setDuplicate({ kind: 'similar', existing: verdict.existing });
      return;
    }
    setErrors({});
    try {
      const saved = await runInBackground(
        'status.saving',
        async () => (initial ? (await updateCompany(initial.id, fields)).record : await createCompany(fields)),
        'status.saveFailed',
      );
      void navigate(`/companies/${saved.id}`, { replace: !initial });
    } catch (error) {
      if (error instanceof DuplicateCompanyError) return showSameId(error.verdict);
      setFailed(error instanceof Error ? error.message : String(error));
    }
  }

  const place = (c: DuplicateCandidate) => [c.city, countryName(c.country, i18n.language)].filter(Boolean).join(', ');

  return (
    <div className="page">
      <h1 ref={screenHeadingRef} {...screenHeading}>
        {initial ? t('form.editTitle', { name: initial.legalName }) : t('form.newTitle')}
      </h1>
      <form
        ref={formRef}
        className="card form"
        noValidate
        onSubmit={(event) => void submit(event)}
        data-testid="company-form"
      >
        <CompanyFormFields draft={draft} errors={errors} onChange={onChange} />
        {duplicate?.kind === 'sameId' ? (
          <div className="notice notice--error" role="alert" data-testid="duplicate-refused">
            <span>
              {t('duplicates.sameId', { name: duplicate.existing.legalName, place: place(duplicate.existing) })}
            </span>
            <Link to={`/companies/${duplicate.existing.id}`}>{t('duplicates.open')}</Link>
          </div>
        ) : null}
        {duplicate?.kind === 'similar' ? (
          <div className="notice notice--warn" role="alert" data-testid="duplicate-warning">
            <p>{t('duplicates.similar', { count: duplicate.existing.length })}</p>
            <ul>
              {duplicate.existing.slice(0, 5).map((c) => (
                <li key={c.id}>
                  <Link to={`/companies/${c.id}`}>{c.legalName}</Link> · {place(c)}
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="button"
              onClick={(event) => void submit(event, true)}
              data-testid="save-anyway"
            >
              {t('duplicates.saveAnyway')}
            </button>
          </div>
        ) : null}
        <div className="form__footer">
          <button type="submit" className="button button--primary" data-testid="company-save">
            {t('form.save')}
          </button>
          <Link to={initial ? `/companies/${initial.id}` : '/companies'} className="button button--quiet">
            {t('form.cancel')}
          </Link>
          <p className="form__state form__state--invalid" role="status" data-testid="company-form-state">
            {Object.keys(errors).length > 0 && !duplicate ? t('form.invalid') : ''}
            {failed ? t('form.failed', { detail: failed }) : ''}
          </p>
        </div>
      </form>
    </div>
  );
}
