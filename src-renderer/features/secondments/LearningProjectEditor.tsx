import { useTranslation } from 'react-i18next';
import type { Secondment } from '../../domain/secondments/record';
import { COLLABORATION_TYPES, MAX_WEEK, WORKING_LANGUAGES } from '../../domain/secondments/learning-project';
import { parseMessage } from '../../domain/validation';
import { Field } from '../../ui/Field';
import { useLearningProjectEditor } from './useLearningProjectEditor';

const weekValue = (value: string) => (value === '' ? Number.NaN : Number(value));

/** The Learning Project of a secondment: objectives, activities by week, results, collaboration types, mentor, languages. */
export function LearningProjectEditor({ secondment }: { secondment: Secondment }) {
  const { t, i18n } = useTranslation('secondments');
  const editor = useLearningProjectEditor(secondment);
  const { draft, errors, editable } = editor;
  const names = new Intl.DisplayNames([i18n.language, 'en'], { type: 'language', fallback: 'code' });
  const formError = errors['_form'] ? parseMessage(errors['_form']) : null;
  return (
    <section className="card learning-project" aria-labelledby="learning-title" data-testid="learning-project">
      <h2 id="learning-title">{t('learning.title')}</h2>
      <p className="card__lead">{editable ? t('learning.lead') : t('learning.locked')}</p>
      <fieldset disabled={!editable} className="learning-project__body">
        <h3>{t('learning.objectives')}</h3>
        {draft.objectives.map((objective, index) => (
          <div key={index} className="learning-project__item" data-testid="learning-objective">
            <p className="learning-project__number">{t('learning.objective', { number: index + 1 })}</p>
            <div className="form__grid">
              <Field
                label={t('learning.objectiveText')}
                error={errors[`objectives.${index}.text`]}
                hint={editor.vague.has(index) ? t('learning.vague', { phrase: editor.vague.get(index) }) : undefined}
                required
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    name={`objective-${index}`}
                    className={editor.vague.has(index) ? 'learning-project__vague' : undefined}
                    value={objective.text}
                    onChange={(e) => editor.setObjective(index, { text: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('learning.measure')} error={errors[`objectives.${index}.measure`]} required>
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    name={`measure-${index}`}
                    value={objective.measure}
                    onChange={(e) => editor.setObjective(index, { measure: e.target.value })}
                  />
                )}
              </Field>
            </div>
            {editable ? (
              <button type="button" className="button button--quiet" onClick={() => editor.removeObjective(index)}>
                {t('learning.remove')}
              </button>
            ) : null}
          </div>
        ))}
        {editable ? (
          <button type="button" className="button" onClick={editor.addObjective} data-testid="learning-add-objective">
            {t('learning.addObjective')}
          </button>
        ) : null}

        <h3>{t('learning.activities')}</h3>
        {draft.activities.map((activity, index) => (
          <div key={index} className="learning-project__item" data-testid="learning-activity">
            <p className="learning-project__number">{t('learning.activity', { number: index + 1 })}</p>
            <div className="learning-project__activity">
              <Field label={t('learning.activityText')} error={errors[`activities.${index}.text`]} required>
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    name={`activity-${index}`}
                    value={activity.text}
                    onChange={(e) => editor.setActivity(index, { text: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('learning.weekFrom')} error={errors[`activities.${index}.weekFrom`]} required>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    min={1}
                    max={MAX_WEEK}
                    name={`weekFrom-${index}`}
                    value={Number.isNaN(activity.weekFrom) ? '' : activity.weekFrom}
                    onChange={(e) => editor.setActivity(index, { weekFrom: weekValue(e.target.value) })}
                  />
                )}
              </Field>
              <Field label={t('learning.weekTo')} error={errors[`activities.${index}.weekTo`]} required>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    min={1}
                    max={MAX_WEEK}
                    name={`weekTo-${index}`}
                    value={Number.isNaN(activity.weekTo) ? '' : activity.weekTo}
                    onChange={(e) => editor.setActivity(index, { weekTo: weekValue(e.target.value) })}
                  />
                )}
              </Field>
            </div>
            {editable ? (
              <button type="button" className="button button--quiet" onClick={() => editor.removeActivity(index)}>
                {t('learning.remove')}
              </button>
            ) : null}
          </div>
        ))}
        {editable ? (
          <button type="button" className="button" onClick={editor.addActivity} data-testid="learning-add-activity">
            {t('learning.addActivity')}
          </button>
        ) : null}

        <h3>{t('learning.results')}</h3>
        <div className="form__grid">
          {(['resultsSending', 'resultsHost', 'resultsParticipant'] as const).map((field) => (
            <Field key={field} label={t(`learning.${field}`)} error={errors[field]}>
              {(props) => (
                <textarea
                  {...props}
                  rows={3}
                  name={field}
                  value={draft[field]}
                  onChange={(e) => editor.set({ [field]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>

        <h3>{t('learning.collaboration')}</h3>
        <div className="learning-project__choices">
          {COLLABORATION_TYPES.map((type) => (
            <label key={type} className="secondment-check">
              <input
                type="checkbox"
                name={`collaboration-${type}`}
                checked={draft.collaborationTypes.includes(type)}
                onChange={() => editor.toggle('collaborationTypes', type)}
              />
              <span>{t(`learning.collaborationTypes.${type}`)}</span>
            </label>
          ))}
        </div>

        <h3>{t('page.mentor')}</h3>
        <div className="form__grid">
          <Field label={t('form.mentorName')} error={errors['mentorName']} required>
            {(props) => (
              <input
                {...props}
                name="lpMentorName"
                value={draft.mentorName}
                onChange={(e) => editor.set({ mentorName: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('form.mentorRole')} error={errors['mentorRole']}>
            {(props) => (
              <input
                {...props}
                name="lpMentorRole"
                value={draft.mentorRole}
                onChange={(e) => editor.set({ mentorRole: e.target.value })}
              />
            )}
          </Field>
        </div>

        <h3>{t('learning.languages')}</h3>
        <div className="learning-project__choices">
          {draft.workingLanguages.map((code) => (
            <button
              key={code}
              type="button"
              className="learning-project__chip"
              onClick={() => editor.toggle('workingLanguages', code)}
              aria-label={t('learning.removeLanguage', { language: names.of(code) ?? code })}
            >
              {names.of(code) ?? code} ×
            </button>
          ))}
          <select
            aria-label={t('learning.addLanguage')}
            value=""
            name="addLanguage"
            onChange={(e) => {
              if (e.target.value) editor.toggle('workingLanguages', e.target.value);
            }}
          >
            <option value="">{t('learning.addLanguage')}</option>
            {WORKING_LANGUAGES.filter((code) => !draft.workingLanguages.includes(code)).map((code) => (
              <option key={code} value={code}>
                {names.of(code) ?? code}
              </option>
            ))}
          </select>
        </div>
        {errors['workingLanguages'] ? (
          <p className="field__error">{t(parseMessage(errors['workingLanguages']).key)}</p>
        ) : null}
      </fieldset>
      {editable ? (
        <div className="form__footer">
          <button
            type="button"
            className="button button--primary"
            disabled={editor.saving || !editor.dirty}
            onClick={() => void editor.save()}
            data-testid="learning-save"
          >
            {t('learning.save')}
          </button>
          <p className={`form__state${editor.saved ? ' form__state--saved' : ''}`} role="status">
            {editor.dirty ? t('learning.unsaved') : editor.saved ? t('learning.saved') : ''}
          </p>
          {formError ? (
            <p className="form__state form__state--failed" role="alert">
              {t(formError.key, formError.params)}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
