import { useTranslation } from 'react-i18next';
import type { AgreementTerms } from '../../domain/agreements/terms';
import { Field } from '../../ui/Field';

type Props = {
  terms: AgreementTerms;
  errors: Record<string, string>;
  onChange: (field: keyof AgreementTerms, value: string) => void;
};

const LONG: (keyof AgreementTerms)[] = ['objectives', 'tasks', 'expectedResults', 'insurance', 'specialTerms'];
const REQUIRED = new Set<keyof AgreementTerms>([
  'placeOfWork',
  'mentor',
  'objectives',
  'tasks',
  'expectedResults',
  'workingTime',
  'insurance',
  'sendingPartner',
  'hostPartner',
]);

/** Place, mentor, learning plan, working time, insurance, support, partners, special terms. */
export function TermsFields({ terms, errors, onChange }: Props) {
  const { t } = useTranslation('agreements');
  const field = (name: keyof AgreementTerms) => (
    <Field
      key={name}
      label={t(`editor.${name}`)}
      error={errors[`terms.${name}`]}
      hint={LONG.includes(name) ? t('editor.listHint') : undefined}
      required={REQUIRED.has(name)}
    >
      {(props) =>
        LONG.includes(name) ? (
          <textarea
            {...props}
            name={`terms.${name}`}
            rows={4}
            value={terms[name]}
            onChange={(e) => onChange(name, e.target.value)}
          />
        ) : (
          <input
            {...props}
            name={`terms.${name}`}
            value={terms[name]}
            onChange={(e) => onChange(name, e.target.value)}
          />
        )
      }
    </Field>
  );
  return (
    <>
      <section className="card" aria-labelledby="plan-title">
        <h2 id="plan-title">{t('editor.plan')}</h2>
        <div className="form__grid">
          {(['placeOfWork', 'mentor', 'workingTime', 'financialSupport'] as const).map(field)}
        </div>
        <div className="form__grid form__grid--wide">
          {(['objectives', 'tasks', 'expectedResults', 'insurance', 'specialTerms'] as const).map(field)}
        </div>
      </section>
      <section className="card" aria-labelledby="partners-title">
        <h2 id="partners-title">{t('editor.partners')}</h2>
        <p className="card__lead">{t('editor.partnersHint')}</p>
        <div className="form__grid">{(['sendingPartner', 'hostPartner'] as const).map(field)}</div>
      </section>
    </>
  );
}
