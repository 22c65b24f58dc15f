import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTING_KEYS } from '../../data/settings';
import { useSetting } from '../../data/useSetting';
import type { ContactPointProfile } from '../../domain/contact-point';
import { formatDate } from '../../i18n/format';
import { Field } from '../../ui/Field';
import type { SecondmentPage } from './useSecondmentPage';

/** The check-ins of the stay (date, who, notes, problems) and the form to add one. */
export function CheckInsCard({ page }: { page: SecondmentPage }) {
  const { t, i18n } = useTranslation('secondments');
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);
  const s = page.view!.secondment;
  const empty = { date: page.today, who: '', notes: '', problems: '' };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const who = form.who || profile?.contactPerson || '';
  const set = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }));
  return (
    <section className="card" aria-labelledby="secondment-checkins-title" data-testid="secondment-checkins">
      <h2 id="secondment-checkins-title">{t('checkIns.title')}</h2>
      {s.checkIns.length === 0 ? (
        <p className="card__lead">{t('checkIns.empty')}</p>
      ) : (
        <ol className="secondment-checkins">
          {s.checkIns.map((c) => (
            <li key={c.id} data-testid="secondment-checkin">
              <p className="secondment-checkins__head">
                <strong>{formatDate(c.date, i18n.language)}</strong> · {c.who}
              </p>
              <p className="secondment-checkins__notes">{c.notes}</p>
              <p className={c.problems ? 'secondment-checkins__problems' : 'field__hint'}>
                {c.problems ? `${t('checkIns.problems')}: ${c.problems}` : t('checkIns.noProblems')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {s.status === 'cancelled' ? null : (
        <form
          className="secondment-subform"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void page.addCheckIn({ ...form, who }).then((refused) => {
              setErrors(refused ?? {});
              if (!refused) setForm(empty);
            });
          }}
        >
          <div className="form__grid">
            <Field label={t('checkIns.date')} error={errors['date']} required>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  name="checkInDate"
                  value={form.date}
                  onChange={(e) => set({ date: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('checkIns.who')} error={errors['who']} required>
              {(props) => (
                <input {...props} name="checkInWho" value={who} onChange={(e) => set({ who: e.target.value })} />
              )}
            </Field>
          </div>
          <Field label={t('checkIns.notes')} error={errors['notes']} required>
            {(props) => (
              <textarea
                {...props}
                name="checkInNotes"
                rows={3}
                value={form.notes}
                onChange={(e) => set({ notes: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('checkIns.problems')} error={errors['problems']} hint={t('checkIns.problemsHint')}>
            {(props) => (
              <textarea
                {...props}
                name="checkInProblems"
                rows={2}
                value={form.problems}
                onChange={(e) => set({ problems: e.target.value })}
              />
            )}
          </Field>
          <div className="secondment-actions">
            <button type="submit" className="button" disabled={page.busy} data-testid="secondment-checkin-add">
              {t('checkIns.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
