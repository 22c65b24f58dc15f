/**
 * The financial support of a secondment: a dated rate table by host country (the central office
 * publishes new tables; each is data with an id and a version) and the arithmetic over a period.
 * Pure: the caller passes the table and the dates. Errors are message keys of the `secondments`
 * namespace.
 *
 * The rule: whole calendar months (from the start day to the same day of the next month, clamped
 * to the month's last day: 31 January + 1 month = 28/29 February) × the monthly rate, plus the
 * leftover days × the monthly rate / 30, rounded to the cent. Both the start and the end day count
 * (1 March to 31 March is one month). A participant with a disability gets the disability rate
 * when it is higher than the country's.
 */
import { EU_MEMBER_STATES, OTHER_ELIGIBLE_COUNTRIES } from './countries';
import { addMonths } from './agreements/period-rules';
import { message } from './validation';

export type RateTable = {
  id: string;
  /** Increases each time the central office publishes a change to the table `id`. */
  version: number;
  /** First and last day (ISO dates) of the secondments' start dates the table applies to. */
  validFrom: string;
  validTo?: string;
  /** False until the central office confirms the figures (the UI says "to be confirmed"). */
  confirmed: boolean;
  currency: 'EUR';
  /** Monthly support in cents by host country (ISO 3166-1 alpha-2). */
  monthlyRateCents: Readonly<Record<string, number>>;
  /** Monthly support in cents for a participant with a disability. */
  disabilityRateCents: number;
};

/** What a secondment keeps of its computed support: the amount and the table it came from. */
export type FundingSnapshot = {
  amountCents: number;
  rateTableId: string;
  rateTableVersion: number;
  /** The monthly rate applied (the country's or the disability rate): a recomputation uses it again. */
  monthlyRateCents: number;
  disability: boolean;
  /** The period (first and last day) the amount covers. */
  periodStart: string;
  periodEnd: string;
  /** When the amount was fixed (the agreement's signature, an early termination). */
  computedAt: string;
};

export type SupportResult =
  | {
      ok: true;
      amountCents: number;
      monthlyRateCents: number;
      wholeMonths: number;
      extraDays: number;
      rateTableId: string;
      rateTableVersion: number;
    }
  | { ok: false; error: string };

const euro = (amount: number) => amount * 100;

/**
 * Host-country groups of the 2020–22 defaults, by cost of living, inside the programme's range
 * (about €530 to €1,100 a month). Not confirmed by the central office.
 */
const GROUPS_2020: readonly { cents: number; countries: readonly string[] }[] = [
  { cents: euro(1000), countries: ['DK', 'FI', 'IE', 'IS', 'LU', 'NO', 'SE'] },
  { cents: euro(900), countries: ['AT', 'BE', 'DE', 'FR', 'IT', 'NL'] },
  { cents: euro(800), countries: ['CY', 'ES', 'GR', 'MT', 'PT', 'SI'] },
  { cents: euro(700), countries: ['CZ', 'EE', 'HR', 'HU', 'LT', 'LV', 'PL', 'SK'] },
  { cents: euro(530), countries: ['AL', 'BG', 'ME', 'MK', 'RO', 'RS', 'TR'] },
];

/**
 * The 2020–22 programme's rates. Open-ended, like that programme's period in programme-periods.ts:
 * it applies until the central office publishes the next table (which then takes over from its
 * `validFrom`; a secondment keeps the table version it was signed with).
 */
export const DEFAULT_RATE_TABLE: RateTable = {
  id: 'rates-2020',
  version: 1,
  validFrom: '2020-01-01',
  confirmed: false,
  currency: 'EUR',
  monthlyRateCents: Object.fromEntries(
    GROUPS_2020.flatMap((group) => group.countries.map((country) => [country, group.cents])),
  ),
  disabilityRateCents: euro(1100),
};

/** Every country of the 2020–22 programme has a default rate (a test holds it). */
export const RATE_COUNTRIES_2020: readonly string[] = [...EU_MEMBER_STATES, ...OTHER_ELIGIBLE_COUNTRIES];

export const RATE_TABLES: readonly RateTable[] = [DEFAULT_RATE_TABLE];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

function parseDay(value: string | undefined): Date | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/**
 * The table in force for a secondment starting on `startDate`: of the tables covering the day, the
 * one that began last (an open-ended table gives way to a newer one), in its latest version.
 */
export function rateTableFor(startDate: string, tables: readonly RateTable[] = RATE_TABLES): RateTable | undefined {
  const day = startDate.slice(0, 10);
  return tables
    .filter((table) => day >= table.validFrom && (!table.validTo || day <= table.validTo))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom) || b.version - a.version)[0];
}

/** Whole months and leftover days of a period whose both ends count. */
export function monthsAndDays(start: Date, end: Date): { wholeMonths: number; extraDays: number } {
  const dayAfterEnd = new Date(end.getTime() + DAY);
  let wholeMonths = 0;
  while (addMonths(start, wholeMonths + 1) <= dayAfterEnd) wholeMonths++;
  const extraDays = Math.round((dayAfterEnd.getTime() - addMonths(start, wholeMonths).getTime()) / DAY);
  return { wholeMonths, extraDays };
}

/** The support at a monthly rate for a stay from `startDate` to `endDate` (both days count). */
export function supportAtRate(
  monthlyRateCents: number,
  startDate: string | undefined,
  endDate: string | undefined,
): { ok: true; amountCents: number; wholeMonths: number; extraDays: number } | { ok: false; error: string } {
  const start = parseDay(startDate);
  const end = parseDay(endDate);
  if (!start || !end) return { ok: false, error: message('secondments:funding.errors.invalidDates') };
  if (end < start) return { ok: false, error: message('secondments:funding.errors.endBeforeStart') };
  const { wholeMonths, extraDays } = monthsAndDays(start, end);
  const amountCents = wholeMonths * monthlyRateCents + Math.round((extraDays * monthlyRateCents) / 30);
  return { ok: true, amountCents, wholeMonths, extraDays };
}

/** The support for a stay from `startDate` to `endDate` (both days count) at a host in `hostCountry`. */
export function computeSupport(
  table: RateTable,
  hostCountry: string,
  startDate: string | undefined,
  endDate: string | undefined,
  options: { disability: boolean },
): SupportResult {
  if (!parseDay(startDate) || !parseDay(endDate))
    return { ok: false, error: message('secondments:funding.errors.invalidDates') };
  const countryRate = table.monthlyRateCents[hostCountry];
  if (countryRate === undefined)
    return { ok: false, error: message('secondments:funding.errors.noRate', { country: hostCountry }) };
  const monthlyRateCents = options.disability ? Math.max(countryRate, table.disabilityRateCents) : countryRate;
  const result = supportAtRate(monthlyRateCents, startDate, endDate);
  if (!result.ok) return result;
  return { ...result, monthlyRateCents, rateTableId: table.id, rateTableVersion: table.version };
}

/**
 * The signed amount computed again for other dates (an early termination, an extension): the same
 * table version and rate as at signature, whatever table has been published since.
 */
export function recomputeSnapshot(
  snapshot: FundingSnapshot,
  startDate: string | undefined,
  endDate: string | undefined,
  computedAt: string,
): { ok: true; snapshot: FundingSnapshot } | { ok: false; error: string } {
  const result = supportAtRate(snapshot.monthlyRateCents, startDate, endDate);
  if (!result.ok) return result;
  return {
    ok: true,
    snapshot: {
      ...snapshot,
      amountCents: result.amountCents,
      periodStart: startDate!,
      periodEnd: endDate!,
      computedAt,
    },
  };
}

/** The table a snapshot was computed with, when it is still known (tables are never edited in place). */
export function snapshotTable(
  snapshot: Pick<FundingSnapshot, 'rateTableId' | 'rateTableVersion'>,
  tables: readonly RateTable[] = RATE_TABLES,
): RateTable | undefined {
  return tables.find((table) => table.id === snapshot.rateTableId && table.version === snapshot.rateTableVersion);
}
