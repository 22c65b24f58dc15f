import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { useSettingsWriters } from '../../data/useSetting';
import { contactPointProfileSchema, type ContactPointProfile } from '../../domain/contact-point';
import { fieldErrors } from '../../domain/validation';
import { CountrySelect } from '../../ui/CountrySelect';
import { Field } from '../../ui/Field';

type Draft = Record<keyof ContactPointProfile, string>;
const FIELDS: (keyof ContactPointProfile)[] = [
  'organisationName',
  'country',
  'address',
  'contactPerson',
  'email',
  'phone',
  'website',
];

function toDraft(profile: Partial<ContactPointProfile> | null): Draft {
  return Object.fromEntries(FIELDS.map((field) => [field, profile?.[field] ?? ''])) as Draft;
}

type SaveState =
  { kind: 'idle' } | { kind: 'saved'; at: Date } | { kind: 'invalid' } | { kind: 'failed'; detail: string };

export function ProfileForm({ initial }: { initial: ContactPointProfile | null }) {
  const { t } = useTranslation('settings');
  const { saveContactPointProfile } = useSettingsWriters();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);

  const update = (field: keyof Draft) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setState({ kind: 'idle' });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = contactPointProfileSchema.safeParse(draft);
    if (!parsed.success) {
      const next = fieldErrors(parsed.error);
      setErrors(next);
      setState({ kind: 'invalid' });
      const first = FIELDS.find((field) => next[field]);
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    try {
      await runInBackground('status.saving', () => saveContactPointProfile(parsed.data), 'status.saveFailed');
      setState({ kind: 'saved', at: new Date() });
    } catch (error) {
      setState({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  const text = (field: keyof Draft, type: 'text' | 'email' | 'tel' | 'url' = 'text', autoComplete?: string) =>
    function renderInput(props: {
      id: string;
      'aria-invalid': boolean;
      'aria-describedby'?: string;
      required?: boolean;
    }) {
      return (
        <input
          {...props}
          name={field}
          type={type}
          autoComplete={autoComplete}
          value={draft[field]}
          onChange={(event) => update(field)(event.target.value)}
        />
      );
    };

  return (
    <form
      ref={formRef}
      className="card form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="profile-title"
    >
      <h2 id="profile-title">{t('profile.title')}</h2>
      <p className="card__lead">{t('profile.lead')}</p>
      <div className="form__grid">
        <Field label={t('profile.organisationName')} error={errors['organisationName']} required>
          {text('organisationName', 'text', 'organization')}
        </Field>
        <Field label={t('profile.country')} error={errors['country']} required>
          {(props) => <CountrySelect {...props} name="country" value={draft.country} onChange={update('country')} />}
        </Field>
        <Field label={t('profile.address')} error={errors['address']}>
          {(props) => (
            <textarea
              {...props}
              name="address"
              rows={3}
              autoComplete="street-address"
              value={draft.address}
              onChange={(event) => update('address')(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('profile.contactPerson')} error={errors['contactPerson']} required>
          {text('contactPerson', 'text', 'name')}
        </Field>
        <Field label={t('profile.email')} error={errors['email']} required>
          {text('email', 'email', 'email')}
        </Field>
        <Field label={t('profile.phone')} error={errors['phone']} hint={t('profile.phoneHint')}>
          {text('phone', 'tel', 'tel')}
        </Field>
        <Field label={t('profile.website')} error={errors['website']}>
          {text('website', 'url', 'url')}
        </Field>
      </div>
      <div className="form__footer">
        <button type="submit" className="button button--primary">
          {t('profile.save')}
        </button>
        <p className={`form__state form__state--${state.kind}`} role="status" data-testid="profile-save-state">
          {state.kind === 'saved' && t('profile.saved')}
          {state.kind === 'invalid' && t('profile.invalid')}
          {state.kind === 'failed' && t('profile.failed', { detail: state.detail })}
        </p>
      </div>
    </form>
  );
}
