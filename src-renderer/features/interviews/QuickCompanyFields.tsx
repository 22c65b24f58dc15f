import { useTranslation } from 'react-i18next';
import type { QuickCompanyInput } from '../../domain/interview-people';
import { CountrySelect } from '../../ui/CountrySelect';
import { Field } from '../../ui/Field';

export type QuickDraft = Record<keyof QuickCompanyInput, string>;
export const EMPTY_QUICK: QuickDraft = {
  legalName: '',
  country: '',
  contactFirstName: '',
  contactLastName: '',
  contactEmail: '',
  contactPhone: '',
};

/** Name, country and a contact: what a fair leaves time for. The rest is completed later. */
export function QuickCompanyFields({
  draft,
  errors,
  onChange,
}: {
  draft: QuickDraft;
  errors: Record<string, string>;
  onChange: (next: QuickDraft) => void;
}) {
  const { t } = useTranslation('interviews');
  const text = (name: keyof QuickDraft, type = 'text', autoComplete?: string) =>
    function render(props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; required?: boolean }) {
      return (
        <input
          {...props}
          name={name}
          type={type}
          autoComplete={autoComplete}
          value={draft[name]}
          onChange={(e) => onChange({ ...draft, [name]: e.target.value })}
        />
      );
    };
  return (
    <div className="form__grid">
      <Field label={t('quick.legalName')} error={errors['legalName']} required>
        {text('legalName', 'text', 'organization')}
      </Field>
      <Field label={t('quick.country')} error={errors['country']} required>
        {(props) => (
          <CountrySelect
            {...props}
            name="country"
            value={draft.country}
            onChange={(country) => onChange({ ...draft, country })}
          />
        )}
      </Field>
      <Field label={t('quick.contactFirstName')} error={errors['contactFirstName']} required>
        {text('contactFirstName', 'text', 'given-name')}
      </Field>
      <Field label={t('quick.contactLastName')} error={errors['contactLastName']} required>
        {text('contactLastName', 'text', 'family-name')}
      </Field>
      <Field label={t('quick.contactEmail')} error={errors['contactEmail']} hint={t('quick.reachHint')}>
        {text('contactEmail', 'email', 'email')}
      </Field>
      <Field label={t('quick.contactPhone')} error={errors['contactPhone']}>
        {text('contactPhone', 'tel', 'tel')}
      </Field>
    </div>
  );
}
