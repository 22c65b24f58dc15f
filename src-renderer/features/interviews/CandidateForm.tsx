import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { useInterviewWriters } from '../../data/useInterviews';
import { CANDIDATE_ROLES, candidateSchema } from '../../domain/interview-people';
import { languageOptions } from '../../domain/language-skills';
import type { Person } from '../../domain/model';
import { CEFR_LEVELS } from '../../domain/model';
import { fieldErrors } from '../../domain/validation';
import { Field } from '../../ui/Field';
import { ErrorText } from './QuestionField';

type Skill = { code: string; level: string };
const EMPTY = { firstName: '', lastName: '', role: 'employee', jobTitle: '', email: '' };

/** Adds a person of the company who may be seconded, with the languages they speak. */
export function CandidateForm({ companyId, onCreated }: { companyId: string; onCreated: (person: Person) => void }) {
  const { t, i18n } = useTranslation('interviews');
  const { createCandidate } = useInterviewWriters();
  const [draft, setDraft] = useState(EMPTY);
  const [skills, setSkills] = useState<Skill[]>([{ code: '', level: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  // After a refused submit, the first field in error gets the focus.
  useEffect(() => {
    if (Object.keys(errors).length > 0)
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [name^="language"]')?.focus();
  }, [errors]);
  const languages = useMemo(() => languageOptions(i18n.language), [i18n.language]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const parsed = candidateSchema.safeParse({ ...draft, languages: skills.filter((s) => s.code || s.level) });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    const person = await runInBackground(
      'status.saving',
      () => createCandidate(companyId, parsed.data),
      'status.saveFailed',
    );
    setDraft(EMPTY);
    setSkills([{ code: '', level: '' }]);
    onCreated(person);
  };

  const input = (name: keyof typeof EMPTY, type = 'text') =>
    function render(props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; required?: boolean }) {
      return (
        <input
          {...props}
          name={name}
          type={type}
          value={draft[name]}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        />
      );
    };
  const setSkill = (index: number, patch: Partial<Skill>) =>
    setSkills(skills.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  return (
    <form
      ref={form}
      className="candidate-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="candidate-form-title"
    >
      <h3 id="candidate-form-title">{t('candidates.new')}</h3>
      <div className="form__grid">
        <Field label={t('candidates.firstName')} error={errors['firstName']} required>
          {input('firstName')}
        </Field>
        <Field label={t('candidates.lastName')} error={errors['lastName']} required>
          {input('lastName')}
        </Field>
        <Field label={t('candidates.role')} error={errors['role']} required>
          {(props) => (
            <select
              {...props}
              name="role"
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value })}
            >
              {CANDIDATE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`candidates.roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('candidates.jobTitle')} error={errors['jobTitle']}>
          {input('jobTitle')}
        </Field>
        <Field label={t('candidates.email')} error={errors['email']}>
          {input('email', 'email')}
        </Field>
      </div>
      <fieldset className="languages">
        <legend>
          {t('candidates.languages')}
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        {skills.map((skill, index) => (
          <div key={index} className="languages__row">
            <select
              name={`language.${index}`}
              aria-label={t('candidates.language', { n: index + 1 })}
              aria-invalid={Boolean(errors[`languages.${index}.code`])}
              value={skill.code}
              onChange={(e) => setSkill(index, { code: e.target.value })}
            >
              <option value="">{t('candidates.chooseLanguage')}</option>
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
            <select
              name={`level.${index}`}
              aria-label={t('candidates.level', { n: index + 1 })}
              aria-invalid={Boolean(errors[`languages.${index}.level`])}
              value={skill.level}
              onChange={(e) => setSkill(index, { level: e.target.value })}
            >
              <option value="">{t('candidates.chooseLevel')}</option>
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
            {skills.length > 1 ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setSkills(skills.filter((_, i) => i !== index))}
              >
                {t('candidates.removeLanguage')}
              </button>
            ) : null}
            <ErrorText
              id={`candidate-language-${index}-error`}
              error={errors[`languages.${index}.code`] ?? errors[`languages.${index}.level`]}
            />
          </div>
        ))}
        <ErrorText id="candidate-languages-error" error={errors['languages']} />
        <button type="button" className="button" onClick={() => setSkills([...skills, { code: '', level: '' }])}>
          {t('candidates.addLanguage')}
        </button>
      </fieldset>
      <div className="form__footer">
        <button type="submit" className="button button--primary">
          {t('candidates.add')}
        </button>
      </div>
    </form>
  );
}
