import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { runInBackground } from '../../intents/background-tasks';
import { AgreementLockedError } from '../../data/agreements';
import { SETTING_KEYS } from '../../data/settings';
import { useCompany, usePerson } from '../../data/useAgreements';
import { useAgreementWriters } from '../../data/useAgreementWriters';
import { useSetting } from '../../data/useSetting';
import { defaultLanguages } from '../../domain/agreements/languages';
import { newReference } from '../../domain/agreements/status';
import type { AgreementTerms } from '../../domain/agreements/terms';
import { validateAgreementDraft, type AgreementDraft } from '../../domain/agreements/validation';
import type { ContactPointProfile } from '../../domain/contact-point';
import { Field } from '../../ui/Field';
import { DocumentFields } from './DocumentFields';
import { PartiesFields } from './PartiesFields';
import { TermsFields } from './TermsFields';

export type Touched = Partial<Record<'languages' | 'sendingPartner' | 'hostPartner', boolean>>;
type SaveState = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'locked' } | { kind: 'failed'; detail: string };

const FIELD_ORDER = ['sendingCompanyId', 'participantId', 'hostCompanyId', 'startDate', 'endDate'];

/** The agreement form: new drafts and edits of unsigned agreements. */
export function AgreementForm({
  agreementId,
  matchId,
  initial,
}: {
  agreementId?: string;
  matchId?: string;
  initial: AgreementDraft;
}) {
  const { t } = useTranslation('agreements');
  const { createAgreement, updateAgreementDraft } = useAgreementWriters();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AgreementDraft>(initial);
  const [touched, setTouched] = useState<Touched>(
    agreementId ? { languages: true, sendingPartner: true, hostPartner: true } : {},
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const sending = useCompany(draft.sendingCompanyId || undefined);
  const host = useCompany(draft.hostCompanyId || undefined);
  const participant = usePerson(draft.participantId || undefined);
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);

  // Until the user chooses, languages follow the companies' countries and our own organisation
  // fills the partner on our country's side.
  const ours = profile?.organisationName ?? '';
  const effective: AgreementDraft = {
    ...draft,
    languages: touched.languages ? draft.languages : defaultLanguages(sending?.country, host?.country),
    terms: {
      ...draft.terms,
      sendingPartner: touched.sendingPartner
        ? draft.terms.sendingPartner
        : profile?.country && profile.country === sending?.country
          ? ours
          : draft.terms.sendingPartner,
      hostPartner: touched.hostPartner
        ? draft.terms.hostPartner
        : profile?.country && profile.country === host?.country
          ? ours
          : draft.terms.hostPartner,
    },
  };

  const change = (patch: Partial<AgreementDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setState({ kind: 'idle' });
  };
  const changeTerm = (field: keyof AgreementTerms, value: string) => {
    if (field === 'sendingPartner' || field === 'hostPartner') setTouched((c) => ({ ...c, [field]: true }));
    setDraft((current) => ({ ...current, terms: { ...current.terms, [field]: value } }));
    setState({ kind: 'idle' });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = validateAgreementDraft(effective, {
      sending: sending ?? undefined,
      host: host ?? undefined,
      participant: participant ?? undefined,
    });
    setErrors(next);
    if (Object.keys(next).length > 0 || !sending || !host) {
      setState({ kind: 'invalid' });
      const first = [...FIELD_ORDER, ...Object.keys(next)].find((field) => next[field]);
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    try {
      const saved = await runInBackground(
        'status.saving',
        async () =>
          agreementId
            ? (await updateAgreementDraft(agreementId, effective, { sending, host })).agreement
            : createAgreement(
                effective,
                { sending, host },
                newReference(profile?.country || sending.country, new Date().getFullYear()),
                { matchId },
              ),
        'status.saveFailed',
      );
      void navigate(`/agreements/${saved.id}`);
    } catch (error) {
      if (error instanceof AgreementLockedError) setState({ kind: 'locked' });
      else setState({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <form ref={formRef} className="agreement-form" noValidate onSubmit={(event) => void submit(event)}>
      <PartiesFields draft={effective} errors={errors} onChange={change} />
      <section className="card" aria-labelledby="period-title">
        <h2 id="period-title">{t('editor.period')}</h2>
        <p className="card__lead">{t('editor.periodHint')}</p>
        <div className="form__grid">
          <Field label={t('editor.startDate')} error={errors['startDate']} required>
            {(props) => (
              <input
                {...props}
                type="date"
                name="startDate"
                value={draft.startDate}
                onChange={(e) => change({ startDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('editor.endDate')} error={errors['endDate']} required>
            {(props) => (
              <input
                {...props}
                type="date"
                name="endDate"
                value={draft.endDate}
                onChange={(e) => change({ endDate: e.target.value })}
              />
            )}
          </Field>
        </div>
      </section>
      <TermsFields terms={effective.terms} errors={errors} onChange={changeTerm} />
      <DocumentFields
        draft={effective}
        errors={errors}
        onChange={(patch) => {
          if (patch.languages) setTouched((c) => ({ ...c, languages: true }));
          change(patch);
        }}
      />
      <div className="form__footer">
        <button type="submit" className="button button--primary" data-testid="agreement-save">
          {t('editor.save')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void navigate(agreementId ? `/agreements/${agreementId}` : '/agreements')}
        >
          {t('editor.cancel')}
        </button>
        <p className={`form__state form__state--${state.kind}`} role="status" data-testid="agreement-save-state">
          {state.kind === 'invalid' && t('editor.invalid')}
          {state.kind === 'locked' && t('editor.locked')}
          {state.kind === 'failed' && t('editor.failed', { detail: state.detail })}
        </p>
      </div>
    </form>
  );
}
