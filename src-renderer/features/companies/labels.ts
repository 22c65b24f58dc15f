/** Small formatting helpers of the registry screens (translated labels, sizes with reasons). */
import type { TFunction } from 'i18next';
import type { Company } from '../../domain/model';
import { sizeClass, type SizeResult } from '../../domain/registry/size-class';
import { formatNumber } from '../../i18n/format';

const displayNames = new Map<string, Intl.DisplayNames>();

function displayName(type: 'region' | 'language', code: string, language: string): string {
  const key = `${type}|${language}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([language, 'en'], { type });
    displayNames.set(key, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export { countryName } from '../../domain/countries';

export function languageName(code: string, language: string): string {
  return displayName('language', code, language);
}

export function euros(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    value,
  );
}

export function sizeLabel(t: TFunction, result: SizeResult): string {
  return t(`companies:size.${result.size ?? 'unknown'}`);
}

/** "Small: 12 staff (fewer than 50) and turnover €1,000,000 (at most €10,000,000)". */
export function sizeReason(t: TFunction, result: SizeResult, language: string): string {
  const reason = result.reason;
  switch (reason.key) {
    case 'unknown':
      return t('companies:sizeReason.unknown');
    case 'headcountOnly':
      return t('companies:sizeReason.headcountOnly', {
        headcount: formatNumber(reason.headcount, language),
        limit: formatNumber(reason.staffMax + 1, language),
      });
    case 'within':
      return t(`companies:sizeReason.within.${reason.by}`, {
        headcount: formatNumber(reason.headcount, language),
        limit: formatNumber(reason.staffMax + 1, language),
        amount: euros(reason.amount, language),
        ceiling: euros(reason.limit, language),
      });
    case 'staffTooHigh':
      return t('companies:sizeReason.staffTooHigh', { headcount: formatNumber(reason.headcount, language) });
    case 'financialTooHigh':
      return t('companies:sizeReason.financialTooHigh', { headcount: formatNumber(reason.headcount, language) });
  }
}

export function companySize(company: Company): SizeResult {
  return sizeClass(company);
}

/** "J — Information and communication". */
export function naceSectionLabel(t: TFunction, section: string): string {
  return `${section} — ${t(`companies:nace.${section}`)}`;
}

/** "62 — Computer programming, consultancy and related activities" (the division's own title). */
export function naceDivisionLabel(t: TFunction, division: string): string {
  return `${division} — ${t(`nace:divisions.${division}`)}`;
}

export function naceLabel(t: TFunction, section?: string, division?: string): string {
  if (!section) return '';
  return division
    ? `${naceSectionLabel(t, section)} · ${naceDivisionLabel(t, division)}`
    : naceSectionLabel(t, section);
}
