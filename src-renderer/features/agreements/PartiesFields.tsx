import { useTranslation } from 'react-i18next';
import { usePeople } from '../../data/registry/useCompanies';
import type { AgreementDraft } from '../../domain/agreements/validation';
import { CompanyPicker } from '../../ui/CompanyPicker';
import { Field } from '../../ui/Field';
import { personName } from './format';

type Props = {
  draft: AgreementDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<AgreementDraft>) => void;
};

/** Sending company, its participant, and the host company. */
export function PartiesFields({ draft, errors, onChange }: Props) {
  const { t } = useTranslation('agreements');
  const people = usePeople(draft.sendingCompanyId || undefined);
  return (
    <section className="card" aria-labelledby="parties-title">
      <h2 id="parties-title">{t('editor.parties')}</h2>
      <div className="form__grid">
        <Field label={t('editor.sending')} error={errors['sendingCompanyId']} required>
          {(props) => (
            <CompanyPicker
              {...props}
              name="sendingCompanyId"
              value={draft.sendingCompanyId}
              onChange={(sendingCompanyId) => onChange({ sendingCompanyId, participantId: '' })}
            />
          )}
        </Field>
        <Field label={t('editor.participant')} error={errors['participantId']} required>
          {(props) => (
            <select
              {...props}
              name="participantId"
              value={draft.participantId}
              disabled={!draft.sendingCompanyId}
              onChange={(e) => onChange({ participantId: e.target.value })}
            >
              <option value="">
                {draft.sendingCompanyId && people?.length === 0 ? t('editor.noPeople') : t('editor.choosePerson')}
              </option>
              {(people ?? []).map((person) => (
                <option key={person.id} value={person.id}>
                  {personName(person)}
                  {person.jobTitle ? ` — ${person.jobTitle}` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('editor.host')} error={errors['hostCompanyId']} required>
          {(props) => (
            <CompanyPicker
              {...props}
              name="hostCompanyId"
              value={draft.hostCompanyId}
              onChange={(hostCompanyId) => onChange({ hostCompanyId })}
            />
          )}
        </Field>
      </div>
    </section>
  );
}
