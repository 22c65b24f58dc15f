import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTING_KEYS } from '../../data/settings';
import { useSetting } from '../../data/useSetting';
import type { ContactPointProfile } from '../../domain/contact-point';
import { countryName } from '../../domain/countries';
import type { EligibilityCheck } from '../../domain/eligibility';
import { hasStarted } from '../../domain/secondments/status';
import { parseMessage } from '../../domain/validation';
import { formatDate } from '../../i18n/format';
import { Field } from '../../ui/Field';
import type { SecondmentPage } from './useSecondmentPage';

const MARK = { pass: '✓', warning: '!', fail: '✗' } as const;

/** Each check of the eligibility engine with its sentence; a failing one can be overridden with a reason. */
export function EligibilityCard({ page }: { page: SecondmentPage }) {
  const { t, i18n } = useTranslation('secondments');
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState<string | undefined>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const verdict = page.verdict!;
  const s = page.view!.secondment;
  const failing = verdict.checks.some((c) => c.outcome === 'fail');
  const sentence = (check: EligibilityCheck) => {
    const { key, params } = parseMessage(check.message);
    const shown: Record<string, string | number> = { ...params };
    if (typeof params['country'] === 'string') shown['country'] = countryName(params['country'], i18n.language);
    if (typeof params['period'] === 'string') shown['period'] = t(`eligibility:periods.${params['period']}`);
    if (typeof params['validTo'] === 'string') shown['validTo'] = formatDate(params['validTo'], i18n.language);
    return t(key, shown);
  };
  const periodName = verdict.period ? t(`eligibility:periods.${verdict.period.id}`) : t('eligibility.noPeriod');
  const canOverride = failing && !s.eligibilityOverride && !hasStarted(s.status) && s.status !== 'cancelled';
  return (
    <section className="card" aria-labelledby="secondment-eligibility-title" data-testid="secondment-eligibility">
      <h2 id="secondment-eligibility-title">{t('eligibility.title')}</h2>
      <p className="card__lead">
        {failing ? t('eligibility.notEligible') : t('eligibility.eligible', { period: periodName })}
      </p>
      <ul className="secondment-checks">
        {verdict.checks.map((check, index) => (
          <li
            key={`${check.id}-${index}`}
            className={`secondment-check--${check.outcome}`}
            data-outcome={check.outcome}
          >
            <span className="secondment-checks__mark" aria-hidden="true">
              {MARK[check.outcome]}
            </span>
            <span className="visually-hidden">{t(`eligibility.outcome.${check.outcome}`)}: </span>
            <span>{sentence(check)}</span>
          </li>
        ))}
      </ul>
      {s.eligibilityOverride ? (
        <p className="secondment-override" data-testid="secondment-override">
          {t('eligibility.overridden', {
            by: s.eligibilityOverride.by,
            date: formatDate(s.eligibilityOverride.at, i18n.language),
            reason: s.eligibilityOverride.reason,
          })}
        </p>
      ) : null}
      {canOverride && !open ? (
        <button type="button" className="button" onClick={() => setOpen(true)} data-testid="secondment-override-open">
          {t('eligibility.override')}
        </button>
      ) : null}
      {canOverride && open ? (
        <form
          className="secondment-subform"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void page.override({ reason, by: by ?? profile?.contactPerson ?? '' }).then((refused) => {
              setErrors(refused ?? {});
              if (!refused) setOpen(false);
            });
          }}
        >
          <Field label={t('eligibility.reason')} error={errors['reason']} required>
            {(props) => (
              <textarea {...props} name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          <Field label={t('eligibility.by')} error={errors['by']} required>
            {(props) => (
              <input
                {...props}
                name="by"
                value={by ?? profile?.contactPerson ?? ''}
                onChange={(e) => setBy(e.target.value)}
              />
            )}
          </Field>
          <div className="secondment-actions">
            <button type="submit" className="button button--primary" disabled={page.busy}>
              {t('eligibility.save')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('period.close')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
