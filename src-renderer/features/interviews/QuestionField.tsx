import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDraft, Question } from '../../domain/questionnaire';
import { parseMessage } from '../../domain/validation';
import { CountriesInput } from './CountriesInput';

export type AnswerValue = AnswerDraft[keyof AnswerDraft];

type Props = {
  question: Question;
  value: AnswerValue;
  required: boolean;
  error?: string;
  onChange: (value: AnswerValue) => void;
  /** The interviewed company's country (left out of preferred countries). */
  companyCountry?: string;
  /** Extra content below the control (the participants section lists people here). */
  children?: ReactNode;
};

/** Questions with a hint below their label. */
const HINTS = new Set([
  'motivation',
  'hostTasks',
  'preferredCountries',
  'durationMonths',
  'earliestStart',
  'consentStore',
  'candidateIds',
]);

export function ErrorText({ id, error }: { id: string; error?: string }) {
  const { t } = useTranslation('validation');
  if (!error) return null;
  const parsed = parseMessage(error);
  return (
    <p id={id} className="field__error" role="alert">
      {t(parsed.key, parsed.params)}
    </p>
  );
}

function RequiredMark({ required }: { required: boolean }) {
  const { t } = useTranslation('interviews');
  return required ? (
    <span className="field__required" title={t('questionnaire.required')}>
      {' '}
      *<span className="visually-hidden">{t('questionnaire.required')}</span>
    </span>
  ) : null;
}

/** One question of the questionnaire, as the control its kind needs. */
export function QuestionField({ question, value, required, error, onChange, companyCountry, children }: Props) {
  const { t } = useTranslation('interviews');
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const hint = HINTS.has(question.id) ? t(`questions.${question.id}.hint`) : undefined;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const label = t(`questions.${question.id}.label`);
  const common = { 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, name: question.id, required };
  const optionLabel = (option: string) =>
    question.id === 'preferredSectors' ? t(`nace.${option}`) : t(`options.${question.id}.${option}`);
  const hintNode = hint ? (
    <p id={hintId} className="field__hint">
      {hint}
    </p>
  ) : null;

  if (question.kind === 'choice' || question.kind === 'multiChoice') {
    const multi = question.kind === 'multiChoice';
    const selected = multi ? ((value as string[] | undefined) ?? []) : [value as string | undefined];
    return (
      <fieldset
        className={`field question question--${question.kind}${error ? ' field--invalid' : ''}${question.id === 'preferredSectors' ? ' question--sectors' : ''}`}
        aria-describedby={describedBy}
        aria-invalid={Boolean(error)}
        data-question={question.id}
      >
        <legend>
          {label}
          <RequiredMark required={required} />
        </legend>
        {hintNode}
        <div className="choices">
          {question.options!.map((option) => (
            <label key={option} className="choice">
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={question.id}
                value={option}
                checked={selected.includes(option)}
                onChange={(event) => {
                  if (!multi) onChange(option);
                  else {
                    const list = (value as string[] | undefined) ?? [];
                    const next = event.target.checked ? [...list, option] : list.filter((v) => v !== option);
                    onChange(question.options!.filter((o) => next.includes(o)));
                  }
                }}
              />
              <span>{optionLabel(option)}</span>
            </label>
          ))}
        </div>
        <ErrorText id={errorId} error={error} />
      </fieldset>
    );
  }

  if (question.kind === 'boolean') {
    return (
      <div className={`field question question--boolean${error ? ' field--invalid' : ''}`} data-question={question.id}>
        <label className="choice choice--block">
          <input
            type="checkbox"
            {...common}
            checked={value === true}
            onChange={(event) => onChange(event.target.checked)}
          />
          <span>
            {label}
            <RequiredMark required={required} />
          </span>
        </label>
        {hintNode}
        <ErrorText id={errorId} error={error} />
      </div>
    );
  }

  if (question.kind === 'countries' || question.kind === 'people') {
    return (
      <fieldset
        className={`field question${error ? ' field--invalid' : ''}`}
        aria-describedby={describedBy}
        data-question={question.id}
      >
        <legend>
          {label}
          <RequiredMark required={required} />
        </legend>
        {hintNode}
        {question.kind === 'countries' ? (
          <CountriesInput
            value={(value as string[] | undefined) ?? []}
            onChange={onChange}
            invalid={Boolean(error)}
            ownCountry={companyCountry}
          />
        ) : (
          children
        )}
        <ErrorText id={errorId} error={error} />
      </fieldset>
    );
  }

  const text = (value as string | undefined) ?? '';
  return (
    <div className={`field question${error ? ' field--invalid' : ''}`} data-question={question.id}>
      <label htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      {question.kind === 'longText' ? (
        <textarea id={id} {...common} rows={4} value={text} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          id={id}
          {...common}
          type="text"
          inputMode={question.kind === 'number' ? 'decimal' : undefined}
          placeholder={question.kind === 'month' ? t('questions.earliestStart.placeholder') : undefined}
          className={question.kind === 'number' || question.kind === 'month' ? 'input--short' : undefined}
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hintNode}
      <ErrorText id={errorId} error={error} />
    </div>
  );
}
