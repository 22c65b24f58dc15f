import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { useEventWriters } from '../../data/useEvents';
import { eventSchema } from '../../domain/event';
import type { LcpEvent } from '../../domain/model';
import { fieldErrors } from '../../domain/validation';
import { Field } from '../../ui/Field';

type Draft = { name: string; date: string; place: string };

/** Creates an event (optionally making it current) or edits one. */
export function EventForm({ event, onDone }: { event?: LcpEvent; onDone: () => void }) {
  const { t } = useTranslation('events');
  const { createEvent, setCurrentEvent, updateEvent } = useEventWriters();
  const [draft, setDraft] = useState<Draft>({
    name: event?.name ?? '',
    date: event?.date ?? '',
    place: event?.place ?? '',
  });
  const [makeCurrent, setMakeCurrent] = useState(!event);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const target = Object.keys(errors).length > 0 ? '[aria-invalid="true"]' : 'input';
    form.current?.querySelector<HTMLElement>(target)?.focus();
  }, [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = eventSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    await runInBackground(
      'status.saving',
      async () => {
        if (event) await updateEvent(event.id, parsed.data);
        else {
          const created = await createEvent(parsed.data);
          if (makeCurrent) await setCurrentEvent(created.id);
        }
      },
      'status.saveFailed',
    );
    onDone();
  };
  const input = (name: keyof Draft, type = 'text') =>
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
  return (
    <form
      ref={form}
      className="card form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="event-form-title"
      data-testid="event-form"
    >
      <h2 id="event-form-title">{event ? t('form.editTitle') : t('form.newTitle')}</h2>
      <div className="form__grid">
        <Field label={t('form.name')} error={errors['name']} hint={t('form.nameHint')} required>
          {input('name')}
        </Field>
        <Field label={t('form.date')} error={errors['date']} required>
          {input('date', 'date')}
        </Field>
        <Field label={t('form.place')} error={errors['place']}>
          {input('place')}
        </Field>
      </div>
      {!event ? (
        <label className="choice">
          <input
            type="checkbox"
            name="makeCurrent"
            checked={makeCurrent}
            onChange={(e) => setMakeCurrent(e.target.checked)}
          />
          <span>{t('form.makeCurrent')}</span>
        </label>
      ) : null}
      <div className="form__footer">
        <button type="submit" className="button button--primary">
          {event ? t('form.save') : t('form.create')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
