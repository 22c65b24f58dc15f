import { useTranslation } from 'react-i18next';
import { parseMessage } from '../../domain/validation';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import type { SecondmentPage } from './useSecondmentPage';

/** The support in the UI language's currency format, with the rate table's id and version and its confirmation. */
export function FundingCard({ page }: { page: SecondmentPage }) {
  const { t, i18n } = useTranslation('secondments');
  const funding = page.funding!;
  const s = page.view!.secondment;
  const money = (cents: number) => formatMoney(cents, 'EUR', i18n.language);
  if (funding.kind === 'error') {
    const { key, params } = parseMessage(funding.error);
    return (
      <section className="card" aria-labelledby="secondment-funding-title" data-testid="secondment-funding">
        <h2 id="secondment-funding-title">{t('funding.title')}</h2>
        <p className="field__error">{t(key, params)}</p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="secondment-funding-title" data-testid="secondment-funding">
      <h2 id="secondment-funding-title">{t('funding.title')}</h2>
      <p className="metric">
        <span className="metric__value" data-testid="secondment-amount">
          {money(funding.amountCents)}
        </span>
      </p>
      <p className="card__lead">
        {t('funding.rate', {
          rate: money(funding.monthlyRateCents),
          months: formatNumber(funding.wholeMonths, i18n.language),
          days: formatNumber(funding.extraDays, i18n.language),
        })}
      </p>
      <p className="field__hint" data-testid="secondment-rate-table">
        {t('funding.table', { id: funding.rateTableId, version: funding.rateTableVersion })}
        {s.disability ? ` · ${t('funding.disability')}` : ''}
      </p>
      {funding.confirmed === false ? (
        <p className="secondment-unconfirmed" data-testid="secondment-unconfirmed">
          {t('funding.toBeConfirmed')}
        </p>
      ) : null}
      <p className="field__hint">
        {funding.kind === 'fixed'
          ? t('funding.fixed', { date: formatDate(funding.computedAt ?? '', i18n.language) })
          : t('funding.estimate')}
      </p>
    </section>
  );
}
