import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { usePersonWriters } from '../../data/registry/useCompanyWriters';
import { PERSON_ROLES, type Person, type PersonRole } from '../../domain/model';
import { draftFromPerson, personFieldsFromDraft } from '../../domain/registry/company-record';
import { EMPTY_PERSON_DRAFT, personDraftSchema, type PersonDraft } from '../../domain/registry/company-schema';
import { withRole } from '../../domain/registry/person-defaults';
import { fieldErrors } from '../../domain/validation';
import { Field } from '../../ui/Field';

type InputProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; required?: boolean };

export function PersonForm({
  companyId,
  person,
  onDone,
}: {
  companyId: string;
  person: Person | null;
  /** With the saved person's name after a save; without after Cancel. */
  onDone: (saved?: { firstName: string; lastName: string }) => void;
}) {
  const { t } = useTranslation('companies');
  const { savePerson } = usePersonWriters();
  const [draft, setDraft] = useState<PersonDraft>(() => (person ? draftFromPerson(person) : EMPTY_PERSON_DRAFT));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A saved person keeps its tick; a new one's follows the role until it is set by hand.
  const [candidateSetByHand, setCandidateSetByHand] = useState(person !== null);
  // The form replaces the button that opened it: focus goes to its first field, then to the first refused one.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const invalid = Object.keys(errors).length > 0 ? '[aria-invalid="true"]' : 'input';
    formRef.current?.querySelector<HTMLElement>(invalid)?.focus();
  }, [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = personDraftSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    await runInBackground(
      'status.saving',
      () => savePerson(companyId, person?.id ?? null, personFieldsFromDraft(parsed.data)),
      'status.saveFailed',
      // The section says (and announces) which person was saved.
      { doneKey: null },
    );
    onDone({ firstName: parsed.data.firstName, lastName: parsed.data.lastName });
  }

  const text = (field: Exclude<keyof PersonDraft, 'candidate'>, type = 'text') => (
    <Field
      label={t(`personFields.${field}`)}
      error={errors[field]}
      required={field === 'firstName' || field === 'lastName'}
      hint={field === 'languages' ? t('people.languagesHint') : undefined}
    >
      {(props: InputProps) => (
        <input
          {...props}
          name={`person-${field}`}
          type={type}
          value={String(draft[field] ?? '')}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="person-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      data-testid="person-form"
    >
      <div className="form__grid">
        {text('firstName')}
        {text('lastName')}
        <Field label={t('personFields.role')} error={errors['role']} required>
          {(props) => (
            <select
              {...props}
              name="person-role"
              value={draft.role}
              onChange={(event) => setDraft(withRole(draft, event.target.value as PersonRole, candidateSetByHand))}
            >
              {PERSON_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`personRole.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('jobTitle')}
        {text('email', 'email')}
        {text('phone', 'tel')}
        {text('languages')}
        {text('consentStore', 'date')}
        {text('consentShare', 'date')}
        <label className="field field--check">
          <input
            type="checkbox"
            name="person-candidate"
            checked={draft.candidate}
            onChange={(event) => {
              setCandidateSetByHand(true);
              setDraft({ ...draft, candidate: event.target.checked });
            }}
          />
          <span>{t('personFields.candidate')}</span>
        </label>
      </div>
      <div className="form__footer">
        <button type="submit" className="button button--primary" data-testid="person-save">
          {t('people.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onDone()}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
