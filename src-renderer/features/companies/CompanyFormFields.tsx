import { useTranslation } from 'react-i18next';
import { COMPANY_ROLES, PIPELINE_STATUSES } from '../../domain/model';
import type { CompanyDraft } from '../../domain/registry/company-schema';
import { isNaceSection, NACE_SECTIONS, naceDivisions } from '../../domain/registry/nace';
import { sizeClass } from '../../domain/registry/size-class';
import { CountrySelect } from '../../ui/CountrySelect';
import { Field } from '../../ui/Field';
import { naceDivisionLabel, naceSectionLabel, sizeLabel, sizeReason } from './labels';

type InputProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; required?: boolean };
type Props = {
  draft: CompanyDraft;
  errors: Record<string, string>;
  onChange: (field: keyof CompanyDraft, value: string) => void;
};

function toNumber(value: string): number | undefined {
  const normalised = value.replace(/[\s\u00a0\u202f'’]/g, '');
  return /^\d+$/.test(normalised) ? Number(normalised) : undefined;
}

/** The company form's fields, grouped; every field shows its translated error. */
export function CompanyFormFields({ draft, errors, onChange }: Props) {
  const { t, i18n } = useTranslation('companies');
  const value = (field: keyof CompanyDraft) => String(draft[field] ?? '');
  const text = (field: keyof CompanyDraft, type = 'text', inputMode?: 'numeric' | 'decimal') =>
    function renderInput(props: InputProps) {
      return (
        <input
          {...props}
          name={field}
          type={type}
          inputMode={inputMode}
          value={value(field)}
          onChange={(event) => onChange(field, event.target.value)}
        />
      );
    };
  const field = (
    name: keyof CompanyDraft,
    render: (props: InputProps) => React.ReactNode,
    options: { required?: boolean; hint?: string } = {},
  ) => (
    <Field label={t(`fields.${name}`)} error={errors[name]} required={options.required} hint={options.hint}>
      {render}
    </Field>
  );
  const size = sizeClass({
    headcount: toNumber(value('headcount')),
    turnoverEur: toNumber(value('turnoverEur')),
    balanceSheetEur: toNumber(value('balanceSheetEur')),
  });
  const section = value('naceSection');

  return (
    <>
      <fieldset className="form__section">
        <legend>{t('form.identity')}</legend>
        <div className="form__grid">
          {field('legalName', text('legalName'), { required: true })}
          {field('tradeName', text('tradeName'))}
          {field(
            'country',
            (props) => (
              <CountrySelect
                {...props}
                name="country"
                value={value('country')}
                onChange={(code) => onChange('country', code)}
              />
            ),
            { required: true },
          )}
          {field('region', text('region'))}
          {field('city', text('city'))}
          {field('address', text('address'))}
          {field('vatNumber', text('vatNumber'), { hint: t('form.vatHint') })}
          {field('nationalId', text('nationalId'), { hint: t('form.nationalIdHint') })}
        </div>
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('form.contact')}</legend>
        <div className="form__grid">
          {field('website', text('website', 'url'))}
          {field('email', text('email', 'email'))}
          {field('phone', text('phone', 'tel'))}
        </div>
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('form.business')}</legend>
        <div className="form__grid">
          {field('naceSection', (props) => (
            <select
              {...props}
              name="naceSection"
              value={section}
              onChange={(event) => onChange('naceSection', event.target.value)}
            >
              <option value="">{t('form.chooseSection')}</option>
              {NACE_SECTIONS.map((code) => (
                <option key={code} value={code}>
                  {naceSectionLabel(t, code)}
                </option>
              ))}
            </select>
          ))}
          {field('naceDivision', (props) => (
            <select
              {...props}
              name="naceDivision"
              value={value('naceDivision')}
              disabled={!isNaceSection(section)}
              onChange={(event) => onChange('naceDivision', event.target.value)}
            >
              <option value="">{t('form.chooseDivision')}</option>
              {isNaceSection(section)
                ? naceDivisions(section).map((code) => (
                    <option key={code} value={code}>
                      {naceDivisionLabel(t, code)}
                    </option>
                  ))
                : null}
            </select>
          ))}
          {field('foundingYear', text('foundingYear', 'text', 'numeric'))}
          {field('headcount', text('headcount', 'text', 'numeric'))}
          {field('turnoverEur', text('turnoverEur', 'text', 'numeric'))}
          {field('balanceSheetEur', text('balanceSheetEur', 'text', 'numeric'))}
          <div className="field size-preview" data-testid="size-preview">
            <span className="field__label">{t('fields.size')}</span>
            <strong>{sizeLabel(t, size)}</strong>
            <span className="field__hint">{sizeReason(t, size, i18n.language)}</span>
          </div>
          {field('languages', text('languages'), { hint: t('form.languagesHint') })}
          {field(
            'role',
            (props) => (
              <select
                {...props}
                name="role"
                value={value('role')}
                onChange={(event) => onChange('role', event.target.value)}
              >
                {COMPANY_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            ),
            { required: true },
          )}
          {field(
            'status',
            (props) => (
              <select
                {...props}
                name="status"
                value={value('status')}
                onChange={(event) => onChange('status', event.target.value)}
              >
                {PIPELINE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            ),
            { required: true },
          )}
        </div>
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('form.consentAndSource')}</legend>
        <div className="form__grid">
          {field('consentStore', text('consentStore', 'date'))}
          {field('consentShare', text('consentShare', 'date'))}
          {field('consentScope', text('consentScope'))}
          {field('eventName', text('eventName'))}
          {field('tags', text('tags'), { hint: t('form.tagsHint') })}
        </div>
      </fieldset>
    </>
  );
}
