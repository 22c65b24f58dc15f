/**
 * VAT numbers and national company ids, checked per country with python-stdnum's rules (the
 * `stdnum` package): format and checksum where the country defines one. RS and ME have no EU VAT
 * number: their PIB (tax id) is the national id. Countries whose company register numbers have no
 * checksum standard (DE Handelsregister, AT Firmenbuch...) get a format check only.
 */
import { entityValidators, euVat, stdnum, type Validator } from 'stdnum';
import { message } from '../validation';

/** Countries whose VAT numbers stdnum checks: the EU (GR as EL) plus a few neighbours. */
function vatValidators(country: string): Validator[] {
  const eu = euVat[country];
  if (eu) return eu;
  const own: Record<string, Validator | undefined> = {
    NO: stdnum['NO']?.['mva'],
    IS: stdnum['IS']?.['vsk'],
    AL: stdnum['AL']?.['nipt'],
    TR: stdnum['TR']?.['vkn'],
    GB: stdnum['GB']?.['vat'],
    CH: stdnum['CH']?.['vat'],
    MK: stdnum['MK']?.['edb'],
  };
  const validator = own[country];
  return validator ? [validator] : [];
}

/** Register numbers without a checksum standard: only the generic format applies. */
const LENIENT_NATIONAL = new Set(['DE', 'AT', 'IE', 'GB', 'LU', 'HU', 'CH', 'MT', 'CY']);

function nationalValidators(country: string): Validator[] {
  if (LENIENT_NATIONAL.has(country)) return [];
  if (country === 'RS') return [stdnum['RS']!['pib']!];
  if (country === 'ME') return [stdnum['ME']!['pib']!];
  if (country === 'HR') return [stdnum['HR']!['oib']!];
  return entityValidators[country] ?? [];
}

const GENERIC_ID = /^[\p{L}\p{N}][\p{L}\p{N} ./-]{2,30}$/u;

export type IdCheck = { ok: true; compact: string } | { ok: false; error: string };

function check(validators: Validator[], value: string, country: string, kind: 'vat' | 'national'): IdCheck {
  const trimmed = value.trim();
  if (validators.length === 0) {
    return GENERIC_ID.test(trimmed)
      ? { ok: true, compact: trimmed.replace(/[\s./-]/g, '').toUpperCase() }
      : { ok: false, error: message(`companies:errors.${kind}Format`) };
  }
  let checksumOnly = false;
  for (const validator of validators) {
    const result = validator.validate(trimmed);
    if (result.isValid) return { ok: true, compact: result.compact };
    if (result.error?.name === 'InvalidChecksum') checksumOnly = true;
  }
  return {
    ok: false,
    error: checksumOnly
      ? message(`companies:errors.${kind}Checksum`, { country })
      : message(`companies:errors.${kind}Invalid`, { country, example: exampleFor(country, kind) }),
  };
}

export function checkVatNumber(country: string, value: string): IdCheck {
  return check(vatValidators(country), value, country, 'vat');
}

export function checkNationalId(country: string, value: string): IdCheck {
  return check(nationalValidators(country), value, country, 'national');
}

/** A valid example shown in errors, where we know one. */
const EXAMPLES: Record<string, { vat?: string; national?: string }> = {
  AT: { vat: 'ATU13585627' },
  BE: { vat: 'BE0403019261', national: '0403019261' },
  BG: { vat: 'BG175074752', national: '175074752' },
  HR: { vat: 'HR33392005961', national: '33392005961' },
  CY: { vat: 'CY10259033P' },
  CZ: { vat: 'CZ25123891', national: '25123891' },
  DE: { vat: 'DE136695976' },
  DK: { vat: 'DK13585628', national: '13585628' },
  EE: { vat: 'EE100931558', national: '10137319' },
  EL: { vat: 'EL094259216' },
  GR: { vat: 'EL094259216', national: '094259216' },
  ES: { vat: 'ESA13585625', national: 'A13585625' },
  FI: { vat: 'FI20774740', national: '2077474-0' },
  FR: { vat: 'FR40303265045', national: '732829320' },
  IE: { vat: 'IE6433435F' },
  IT: { vat: 'IT00743110157', national: '00743110157' },
  LT: { vat: 'LT119511515', national: '119511515' },
  LU: { vat: 'LU15027442' },
  LV: { vat: 'LV40003521600', national: '40003521600' },
  MT: { vat: 'MT11679112' },
  NL: { vat: 'NL004495445B01', national: '004495445B01' },
  PL: { vat: 'PL8567346215', national: '8567346215' },
  PT: { vat: 'PT501964843', national: '501964843' },
  RO: { vat: 'RO18547290', national: '18547290' },
  SE: { vat: 'SE556188840401', national: '5561888404' },
  SI: { vat: 'SI50223054', national: '50223054' },
  SK: { vat: 'SK2022749619', national: '2022749619' },
  RS: { national: '101134702' },
  ME: { national: '02655284' },
  NO: { vat: 'NO974760673MVA', national: '974760673' },
};

function exampleFor(country: string, kind: 'vat' | 'national'): string {
  return EXAMPLES[country]?.[kind] ?? '—';
}
