import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';

type Props = {
  kind: 'terminated' | 'cancelled';
  defaultDate: string;
  onSubmit: (input: { date: string; reason: string }) => Promise<Record<string, string> | null>;
  onClose: () => void;
};

/** The day and the reason of an early end (terminated) or a cancellation. */
export function EndingForm({ kind, defaultDate, onSubmit, onClose }: Props) {
  const { t } = useTranslation('secondments');
  const [date, setDate] = useState(defaultDate);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      className="secondment-subform"
      noValidate
      data-testid={`secondment-${kind}-form`}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit({ date, reason }).then((refused) => {
          if (refused) setErrors(refused);
          else onClose();
        });
      }}
    >
      <h3>{kind === 'terminated' ? t('period.endTitle') : t('period.cancelTitle')}</h3>
      <Field
        label={kind === 'terminated' ? t('period.endDate') : t('period.cancelDate')}
        error={errors['date']}
        required
      >
        {(props) => <input {...props} type="date" name="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label={t('period.reason')} error={errors['reason']} required>
        {(props) => (
          <textarea {...props} name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <div className="secondment-actions">
        <button type="submit" className="button secondment-danger">
          {kind === 'terminated' ? t('period.confirmEnd') : t('period.confirmCancel')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('period.close')}
        </button>
      </div>
    </form>
  );
}
