import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canExtend } from '../../domain/secondments/status';
import { parseMessage } from '../../domain/validation';
import { formatDate } from '../../i18n/format';
import { Field } from '../../ui/Field';
import { EndingForm } from './EndingForm';
import { SecondmentStatusBadge } from './format';
import type { SecondmentPage } from './useSecondmentPage';

/** The status, the allowed next steps as buttons, the early end or cancellation, and the extension. */
export function StatusCard({ page }: { page: SecondmentPage }) {
  const { t, i18n } = useTranslation('secondments');
  const [ending, setEnding] = useState<'terminated' | 'cancelled' | null>(null);
  const [newEnd, setNewEnd] = useState('');
  const [endError, setEndError] = useState<string | undefined>();
  // The day a stay starts or ends: today, or the planned last day for a completion.
  const [stepDate, setStepDate] = useState('');
  const [stepError, setStepError] = useState<string | undefined>();
  const dated = page.steps.find((to) => to === 'underWay' || to === 'completed');
  const s = page.view!.secondment;
  const error = page.error ? parseMessage(page.error) : null;
  const closed = page.steps.length === 0 && !page.canTerminate && !page.canCancel;
  return (
    <section className="card" aria-labelledby="secondment-status-title" data-testid="secondment-status-card">
      <h2 id="secondment-status-title">{t('page.status')}</h2>
      <p>
        <SecondmentStatusBadge status={s.status} label={t(`status.${s.status}`)} />
      </p>
      {s.ending ? (
        <p className="card__lead" data-testid="secondment-ending">
          {t(s.status === 'cancelled' ? 'period.cancelled' : 'period.ended', {
            date: formatDate(s.ending.date, i18n.language),
            reason: s.ending.reason,
          })}
        </p>
      ) : null}
      {closed ? (
        <p className="card__lead">{t('page.noNextSteps')}</p>
      ) : (
        <>
          <h3>{t('page.nextSteps')}</h3>
          {dated ? (
            <Field label={dated === 'underWay' ? t('period.startDate') : t('period.endDate')} error={stepError}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  name="stepDate"
                  value={stepDate || (dated === 'underWay' ? page.today : s.plannedEnd)}
                  onChange={(e) => setStepDate(e.target.value)}
                />
              )}
            </Field>
          ) : null}
          <div className="secondment-actions">
            {page.steps.map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'planned' ? 'button' : 'button button--primary'}
                disabled={page.busy}
                onClick={() => {
                  const date = to === dated ? stepDate || (to === 'underWay' ? page.today : s.plannedEnd) : undefined;
                  void page.move(to, date).then((refused) => {
                    setStepError(refused?.['date']);
                    if (!refused) setStepDate('');
                  });
                }}
                data-testid={`secondment-move-${to}`}
              >
                {t(`move.${to}`)}
              </button>
            ))}
            {page.canTerminate ? (
              <button
                type="button"
                className="button"
                onClick={() => setEnding('terminated')}
                data-testid="secondment-terminate"
              >
                {t('move.terminated')}
              </button>
            ) : null}
            {page.canCancel ? (
              <button
                type="button"
                className="button"
                onClick={() => setEnding('cancelled')}
                data-testid="secondment-cancel"
              >
                {t('move.cancelled')}
              </button>
            ) : null}
          </div>
        </>
      )}
      {error ? (
        <p className="field__error" role="alert" data-testid="secondment-error">
          {t(error.key, error.params)}
        </p>
      ) : null}
      {ending ? (
        <EndingForm
          kind={ending}
          defaultDate={page.today}
          onSubmit={(input) => page.end(ending, input)}
          onClose={() => setEnding(null)}
        />
      ) : null}
      {canExtend(s.status) ? (
        <form
          className="secondment-subform secondment-subform--inline"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void page.changeEnd(newEnd).then((refused) => {
              setEndError(refused?.['plannedEnd'] ?? refused?.['_form']);
              if (!refused) setNewEnd('');
            });
          }}
        >
          <Field label={t('period.extend')} error={endError}>
            {(props) => (
              <input
                {...props}
                type="date"
                name="plannedEnd"
                value={newEnd || s.plannedEnd}
                onChange={(e) => setNewEnd(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button" disabled={page.busy || !newEnd || newEnd === s.plannedEnd}>
            {t('period.saveEnd')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
