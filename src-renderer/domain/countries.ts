/** ISO 3166-1 alpha-2 codes, grouped as the programme sees them. */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** Non-EU countries eligible under the 2020–22 rules. */
export const OTHER_ELIGIBLE_COUNTRIES = ['IS', 'NO', 'AL', 'MK', 'ME', 'RS', 'TR'] as const;

const OTHER_COUNTRIES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD',
  'BF', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA',
  'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'DJ',
  'DM', 'DO', 'DZ', 'EC', 'EG', 'EH', 'ER', 'ET', 'FJ', 'FK', 'FM', 'FO', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HT',
  'ID', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN',
  'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LY', 'MA', 'MC', 'MD', 'MF',
  'MG', 'MH', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PM',
  'PN', 'PR', 'PS', 'PW', 'PY', 'QA', 'RE', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SG', 'SH', 'SJ', 'SL',
  'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK',
  'TL', 'TM', 'TN', 'TO', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE',
  'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;

export const ALL_COUNTRIES: readonly string[] = [...EU_MEMBER_STATES, ...OTHER_ELIGIBLE_COUNTRIES, ...OTHER_COUNTRIES];

export type CountryGroup = 'eu' | 'eligible' | 'other';

export function countryGroup(code: string): CountryGroup {
  if ((EU_MEMBER_STATES as readonly string[]).includes(code)) return 'eu';
  if ((OTHER_ELIGIBLE_COUNTRIES as readonly string[]).includes(code)) return 'eligible';
  return 'other';
}

export function isCountryCode(code: string): boolean {
  return ALL_COUNTRIES.includes(code);
}

/** Countries sorted by their name in the given UI language, each group on its own. */
export function countryOptions(locale: string): { group: CountryGroup; code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return ALL_COUNTRIES.map((code) => ({ group: countryGroup(code), code, name: names.of(code) ?? code })).sort(
    (a, b) => (a.group === b.group ? collator.compare(a.name, b.name) : groupRank(a.group) - groupRank(b.group)),
  );
}

function groupRank(group: CountryGroup): number {
  return group === 'eu' ? 0 : group === 'eligible' ? 1 : 2;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the given language (English as fallback), or its code when unknown. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
