import { describe, expect, it } from 'vitest';
import {
  companyChecks,
  secondmentEligibility,
  type CompanyFacts,
  type SecondmentFacts,
} from '../../../src-renderer/domain/eligibility';
import { PROGRAMME_PERIODS, type ProgrammePeriod } from '../../../src-renderer/domain/programme-periods';
import { parseMessage } from '../../../src-renderer/domain/validation';

const sme = (id: string, country: string, extra: Partial<CompanyFacts> = {}): CompanyFacts => ({
  id,
  country,
  headcount: 12,
  turnoverEur: 1_500_000,
  ...extra,
});
const base: SecondmentFacts = {
  sending: sme('s', 'GR'),
  host: sme('h', 'SI'),
  participantCompanyId: 's',
  startDate: '2026-03-01',
  endDate: '2026-05-31',
  asOf: '2026-01-10',
};

const outcomes = (facts: SecondmentFacts, periods?: readonly ProgrammePeriod[]) =>
  Object.fromEntries(secondmentEligibility(facts, periods).checks.map((c) => [c.id, c.outcome]));

describe('eligibility engine', () => {
  it('passes an ordinary 2020-period secondment, each check explained', () => {
    const verdict = secondmentEligibility(base);
    expect(verdict.eligible).toBe(true);
    expect(verdict.period?.id).toBe('programme-2020');
    expect(outcomes(base)).toEqual({
      programmePeriod: 'pass',
      sendingCountry: 'pass',
      largeHostOnly: 'pass',
      hostCountry: 'pass',
      differentCountries: 'pass',
      duration: 'pass',
      participantOfSender: 'pass',
    });
    for (const c of verdict.checks) expect(parseMessage(c.message).key).toBe(`eligibility:checks.${c.id}.${c.outcome}`);
  });

  it.each([
    ['same country', { host: sme('h', 'GR') }, 'differentCountries'],
    ['host country not eligible (CH)', { host: sme('h', 'CH') }, 'hostCountry'],
    ['sending country not eligible (US)', { sending: sme('s', 'US') }, 'sendingCountry'],
    ['a large company as the sending side', { sending: sme('s', 'GR', { headcount: 12_000 }) }, 'largeHostOnly'],
    ['a one-person firm without VAT number', { sending: sme('s', 'GR', { headcount: 1 }) }, 'soleTraderVat'],
    ['seven months in the 2020 period', { endDate: '2026-09-30' }, 'duration'],
    ['three weeks in the 2020 period', { endDate: '2026-03-21' }, 'duration'],
    ['a participant of another company', { participantCompanyId: 'elsewhere' }, 'participantOfSender'],
  ] as const)('fails for %s', (_label, patch, failing) => {
    const facts = { ...base, ...patch } as SecondmentFacts;
    const verdict = secondmentEligibility(facts);
    expect(verdict.eligible).toBe(false);
    expect(verdict.checks.filter((c) => c.outcome === 'fail').map((c) => c.id)).toEqual([failing]);
  });

  it('applies the rules of the period the secondment starts in (2016–17 pilot: 2 weeks to 2 months)', () => {
    const pilot = { ...base, startDate: '2017-03-01', endDate: '2017-03-20', asOf: '2017-01-01' };
    expect(secondmentEligibility(pilot).period?.id).toBe('pilot-2016');
    expect(outcomes(pilot)['duration']).toBe('pass');
    // The pilot table awaits the central office's confirmation: a warning, not a failure.
    expect(outcomes(pilot)['programmePeriod']).toBe('warning');
    expect(outcomes({ ...pilot, endDate: '2017-05-15' })['duration']).toBe('fail');
    // Serbia was not a pilot country; it is in the 2020 period.
    expect(outcomes({ ...pilot, host: sme('h', 'RS') })['hostCountry']).toBe('fail');
    expect(outcomes({ ...base, host: sme('h', 'RS') })['hostCountry']).toBe('pass');
    // A stay that starts in the pilot but ends after it is outside the programme period.
    expect(outcomes({ ...pilot, startDate: '2019-12-01', endDate: '2020-01-20' })['insidePeriod']).toBe('fail');
  });

  it('refuses a date outside every period, and reads a period added as one more row', () => {
    expect(secondmentEligibility({ ...base, startDate: '2015-06-01', endDate: '2015-07-01' }).eligible).toBe(false);
    const next: ProgrammePeriod[] = [
      { ...PROGRAMME_PERIODS[1]!, validTo: '2026-12-31' },
      {
        id: 'programme-2027',
        validFrom: '2027-01-01',
        min: { months: 2 },
        max: { months: 12 },
        eligibleCountries: ['GR', 'SI', 'UA'],
        confirmed: true,
      },
    ];
    const later = { ...base, host: sme('h', 'UA'), startDate: '2027-02-01', endDate: '2027-11-30' };
    expect(secondmentEligibility(later, next)).toMatchObject({ eligible: true, period: { id: 'programme-2027' } });
    expect(outcomes({ ...later, endDate: '2027-02-20' }, next)['duration']).toBe('fail');
  });

  it('judges one company alone for the intake badge', () => {
    const period = PROGRAMME_PERIODS[1]!;
    const ids = (checks: ReturnType<typeof companyChecks>) => Object.fromEntries(checks.map((c) => [c.id, c.outcome]));
    expect(ids(companyChecks(sme('a', 'GR', { headcount: 300 }), 'host', period))).toEqual({
      hostCountry: 'pass',
      largeHostOnly: 'pass',
    });
    expect(ids(companyChecks(sme('a', 'GR', { headcount: 300 }), 'both', period))['largeHostOnly']).toBe('warning');
    expect(ids(companyChecks(sme('a', 'GR', { headcount: 300 }), 'send', period))['largeHostOnly']).toBe('fail');
    expect(ids(companyChecks({ id: 'a', country: 'GR' }, 'send', period))).toEqual({
      sendingCountry: 'pass',
      sizeKnown: 'warning',
    });
    expect(
      ids(companyChecks(sme('a', 'GR', { headcount: 1, vatNumber: 'EL094259216' }), 'send', period))['soleTraderVat'],
    ).toBe('pass');
  });
});

describe('eligibility messages', () => {
  it('every message the engine gives exists in every UI locale with the same placeholders', async () => {
    const { readFileSync } = await import('node:fs');
    const { UI_LANGUAGES } = await import('../../../src-renderer/i18n/languages');
    const scenarios: SecondmentFacts[] = [
      base,
      {
        ...base,
        host: sme('h', 'GR'),
        sending: sme('s', 'GR', { headcount: 1 }),
        participantCompanyId: 'x',
        endDate: '2026-12-31',
      },
      { ...base, sending: sme('s', 'GR', { headcount: 1, vatNumber: 'EL1' }), host: sme('h', 'US', { headcount: 1 }) },
      { ...base, sending: { id: 's', country: 'GR' }, startDate: '2019-12-01', endDate: '2020-01-20' },
      { ...base, sending: sme('s', 'GR', { headcount: 900 }), startDate: '2015-01-01' },
    ];
    const messages = scenarios.flatMap((facts) => secondmentEligibility(facts).checks.map((c) => c.message));
    const period = PROGRAMME_PERIODS[1]!;
    for (const role of ['send', 'host', 'both'] as const) {
      for (const company of [sme('a', 'GR', { headcount: 400 }), { id: 'b', country: 'CH', headcount: 1 }])
        messages.push(...companyChecks(company, role, period).map((c) => c.message));
    }
    const keys = new Map(
      messages.map((text) => [parseMessage(text).key, Object.keys(parseMessage(text).params).sort()]),
    );
    expect(keys.size).toBeGreaterThanOrEqual(20);
    for (const language of UI_LANGUAGES.filter((l) => l !== 'sr-Latn')) {
      const texts = JSON.parse(readFileSync(`locales/${language}/eligibility.json`, 'utf8')) as Record<
        string,
        Record<string, Record<string, string>>
      >;
      for (const [key, params] of keys) {
        const [, id, outcome] = key.replace('eligibility:', '').split('.');
        const text = texts['checks']?.[id!]?.[outcome!];
        expect(text, `${language}: ${key}`).toBeTypeOf('string');
        const used = [...text!.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
        for (const name of used) expect(params, `${language}: ${key} uses {{${name}}}`).toContain(name);
      }
    }
  });
});
