import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { parseMessage } from '../../domain/validation';
import { CompanyPicker } from '../../ui/CompanyPicker';
import { Field } from '../../ui/Field';
import { personName } from './format';
import { useNewSecondment } from './useNewSecondment';
import './secondments.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

/** `/secondments/new` (`?sendingCompanyId=` or `?hostCompanyId=` from a company page): two companies, the participant, the period, the mentor. */
export function NewSecondmentScreen() {
  const { t } = useTranslation('secondments');
  const screenHeadingRef = useScreenFocus();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { draft, change, errors, saving, people, submit } = useNewSecondment({
    sendingCompanyId: params.get('sendingCompanyId') ?? '',
    hostCompanyId: params.get('hostCompanyId') ?? '',
  });
  const formError = errors['_form'] ? parseMessage(errors['_form']) : null;
  return (
    <div className="page">
      <h1 ref={screenHeadingRef} {...screenHeading}>
        {t('new')}
      </h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit().then((id) => {
            if (id) void navigate(`/secondments/${id}`);
          });
        }}
      >
        <section className="card" aria-labelledby="secondment-parties">
          <h2 id="secondment-parties">{t('form.parties')}</h2>
          <p className="card__lead">{t('form.lead')}</p>
          <div className="form__grid">
            <Field label={t('form.sending')} error={errors['sendingCompanyId']} required>
              {(props) => (
                <CompanyPicker
                  {...props}
                  name="sendingCompanyId"
                  value={draft.sendingCompanyId}
                  onChange={(sendingCompanyId) => change({ sendingCompanyId })}
                />
              )}
            </Field>
            <Field label={t('form.participant')} error={errors['participantId']} required>
              {(props) => (
                <select
                  {...props}
                  name="participantId"
                  value={draft.participantId}
                  disabled={!draft.sendingCompanyId}
                  onChange={(e) => change({ participantId: e.target.value })}
                >
                  <option value="">
                    {draft.sendingCompanyId && people?.length === 0 ? t('form.noPeople') : t('form.choosePerson')}
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
            <Field label={t('form.host')} error={errors['hostCompanyId']} required>
              {(props) => (
                <CompanyPicker
                  {...props}
                  name="hostCompanyId"
                  value={draft.hostCompanyId}
                  onChange={(hostCompanyId) => change({ hostCompanyId })}
                />
              )}
            </Field>
          </div>
        </section>
        <section className="card" aria-labelledby="secondment-period">
          <h2 id="secondment-period">{t('form.period')}</h2>
          <div className="form__grid">
            <Field label={t('form.plannedStart')} error={errors['plannedStart']} required>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  name="plannedStart"
                  value={draft.plannedStart}
                  onChange={(e) => change({ plannedStart: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('form.plannedEnd')} error={errors['plannedEnd']} required>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  name="plannedEnd"
                  value={draft.plannedEnd}
                  onChange={(e) => change({ plannedEnd: e.target.value })}
                />
              )}
            </Field>
          </div>
          <label className="secondment-check">
            <input
              type="checkbox"
              name="disability"
              checked={draft.disability}
              onChange={(e) => change({ disability: e.target.checked })}
            />
            <span>{t('form.disability')}</span>
          </label>
        </section>
        <section className="card" aria-labelledby="secondment-mentor">
          <h2 id="secondment-mentor">{t('form.mentor')}</h2>
          <div className="form__grid">
            <Field label={t('form.mentorName')} error={errors['mentorName']} required>
              {(props) => (
                <input
                  {...props}
                  name="mentorName"
                  value={draft.mentorName}
                  onChange={(e) => change({ mentorName: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('form.mentorRole')} error={errors['mentorRole']}>
              {(props) => (
                <input
                  {...props}
                  name="mentorRole"
                  value={draft.mentorRole ?? ''}
                  onChange={(e) => change({ mentorRole: e.target.value })}
                />
              )}
            </Field>
          </div>
        </section>
        <div className="form__footer">
          <button type="submit" className="button button--primary" disabled={saving} data-testid="secondment-create">
            {t('form.create')}
          </button>
          <Link className="button" to="/secondments">
            {t('form.cancel')}
          </Link>
          {formError ? (
            <p className="form__state form__state--failed" role="alert">
              {t(formError.key, formError.params)}
            </p>
          ) : null}
        </div>
      </form>
    </div>
  );
}
