import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { runInBackground } from '../../intents/background-tasks';
import { useCurrentEvent } from '../../data/useEvents';
import { useCompany, useDefaultInterviewer, useInterviewWriters } from '../../data/useInterviews';
import { quickCompanySchema } from '../../domain/interview-people';
import { fieldErrors, message } from '../../domain/validation';
import { formatDate } from '../../i18n/format';
import { CompanyPicker } from '../../ui/CompanyPicker';
import { Field } from '../../ui/Field';
import { ErrorText } from './QuestionField';
import { EMPTY_QUICK, QuickCompanyFields, type QuickDraft } from './QuickCompanyFields';
import './interviews.css';
import './lists.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

type Mode = 'existing' | 'quick';

/** Starts an interview: of a registered company, or of a company met just now ("quick company"). */
export function NewInterviewScreen() {
  const { t, i18n } = useTranslation('interviews');
  const screenHeadingRef = useScreenFocus();
  const { startInterview, startInterviewWithQuickCompany } = useInterviewWriters();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fixedCompany = useCompany(params.get('companyId') ?? undefined);
  const defaultInterviewer = useDefaultInterviewer();
  const current = useCurrentEvent();
  const [interviewer, setInterviewer] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('existing');
  const [companyId, setCompanyId] = useState('');
  const [quick, setQuick] = useState<QuickDraft>(EMPTY_QUICK);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const name = interviewer ?? defaultInterviewer ?? '';

  useEffect(() => {
    if (Object.keys(errors).length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!name.trim()) next['interviewer'] = message('required');
    else if (name.trim().length > 200) next['interviewer'] = message('tooLong', { max: 200 });
    const chosen = fixedCompany?.id ?? (mode === 'existing' ? companyId : '');
    const parsedQuick = mode === 'quick' && !fixedCompany ? quickCompanySchema.safeParse(quick) : null;
    if (!fixedCompany && mode === 'existing' && !chosen) next['companyId'] = message('interviews:errors.chooseCompany');
    if (parsedQuick && !parsedQuick.success) Object.assign(next, fieldErrors(parsedQuick.error));
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const interview = await runInBackground(
      'status.saving',
      () =>
        parsedQuick?.success
          ? startInterviewWithQuickCompany(parsedQuick.data, name.trim())
          : startInterview({ companyId: chosen, interviewer: name.trim() }),
      'status.saveFailed',
    );
    void navigate(`/interviews/${interview.id}`, { replace: true });
  };

  return (
    <div className="page">
      <h1 ref={screenHeadingRef} {...screenHeading}>
        {t('new.title')}
      </h1>
      <p className="notice">
        {current
          ? t('new.taggedWith', { name: current.name, date: formatDate(current.date, i18n.language) })
          : t('new.noEvent')}
      </p>
      <form
        ref={form}
        className="card form"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-labelledby="new-interview-title"
      >
        <h2 id="new-interview-title" className="visually-hidden">
          {t('new.title')}
        </h2>
        <Field label={t('new.interviewer')} error={errors['interviewer']} hint={t('new.interviewerHint')} required>
          {(props) => (
            <input
              {...props}
              name="interviewer"
              type="text"
              autoComplete="name"
              value={name}
              onChange={(e) => setInterviewer(e.target.value)}
            />
          )}
        </Field>
        {fixedCompany ? (
          <p className="interview-company" data-testid="fixed-company">
            {t('new.company')}: <strong>{fixedCompany.legalName}</strong>
          </p>
        ) : (
          <fieldset className="new-interview__mode">
            <legend>{t('new.which')}</legend>
            <div className="choices">
              {(['existing', 'quick'] as const).map((option) => (
                <label key={option} className="choice">
                  <input
                    type="radio"
                    name="mode"
                    value={option}
                    checked={mode === option}
                    onChange={() => setMode(option)}
                  />
                  <span>{t(`new.mode.${option}`)}</span>
                </label>
              ))}
            </div>
            {mode === 'existing' ? (
              <>
                <CompanyPicker
                  name="companyId"
                  label={t('picker.search')}
                  emptyHint={t('picker.noCompanies')}
                  value={companyId}
                  onChange={setCompanyId}
                  aria-invalid={Boolean(errors['companyId'])}
                  aria-describedby={errors['companyId'] ? 'company-error' : undefined}
                />
                <ErrorText id="company-error" error={errors['companyId']} />
              </>
            ) : (
              <QuickCompanyFields draft={quick} errors={errors} onChange={setQuick} />
            )}
          </fieldset>
        )}
        <div className="form__footer">
          <button type="submit" className="button button--primary">
            {t('new.start')}
          </button>
        </div>
      </form>
    </div>
  );
}
