/** Duplicate detection: identical ids are refused, similar names in the same place warn. */
import type { Company } from '../model';
import { compactId, searchWords } from './search-normalize';

/** Legal-form words that do not tell two companies apart (folded). */
const LEGAL_FORMS = new Set([
  'doo',
  'd',
  'o',
  'ad',
  'gmbh',
  'ag',
  'kg',
  'og',
  'ltd',
  'limited',
  'plc',
  'llc',
  'inc',
  'sa',
  'sl',
  'slu',
  'srl',
  'spa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'ab',
  'as',
  'asa',
  'oy',
  'oyj',
  'sro',
  'as',
  'zrt',
  'kft',
  'bt',
  'sp',
  'zoo',
  'ae',
  'epe',
  'ike',
  'oe',
  'ee',
  'mbh',
  'co',
  'company',
  'and',
  'und',
  'et',
  'e',
  'y',
  'i',
  'the',
  'sirketi',
  'ltd',
  'sti',
  'as',
  'dooel',
  'shpk',
  'ehf',
  'hf',
  'sh',
  'pr',
  'szr',
  'sia',
  'uab',
  'ou',
  'aps',
  'ks',
  'eood',
  'ood',
  'sc',
  'snc',
  'se',
  'cv',
  'kd',
  'dd',
  'jdoo',
  'ltda',
]);

/** A company name reduced to what distinguishes it: folded words without legal forms. */
export function nameCore(name: string): string {
  const words = searchWords(name);
  const core = words.filter((word) => !LEGAL_FORMS.has(word));
  return (core.length > 0 ? core : words).join(' ');
}

/** Levenshtein distance, bounded: stops counting past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Similar: same core after folding, or at most one edit per eight letters. */
export function similarNames(a: string, b: string): boolean {
  const coreA = nameCore(a);
  const coreB = nameCore(b);
  if (!coreA || !coreB) return false;
  if (coreA === coreB) return true;
  const max = Math.floor(Math.min(coreA.length, coreB.length) / 8);
  return max > 0 && distance(coreA, coreB, max) <= max;
}

export type DuplicateCandidate = Pick<
  Company,
  'id' | 'legalName' | 'tradeName' | 'country' | 'city' | 'vatNumber' | 'nationalId'
>;
export type CompanyIdentity = Omit<DuplicateCandidate, 'id'> & { id?: string };

export type DuplicateVerdict =
  | { kind: 'none' }
  | { kind: 'sameId'; field: 'vatNumber' | 'nationalId'; existing: DuplicateCandidate }
  | { kind: 'similarName'; existing: DuplicateCandidate[] };

/** An id without separators and without a VAT country prefix. */
export function idKey(value: string | undefined): string {
  return compactId(value).replace(/^[a-z]{2}(?=\d)/, '');
}

/** Judges a company against candidates from the same country (the data layer finds them). */
export function findDuplicates(company: CompanyIdentity, candidates: DuplicateCandidate[]): DuplicateVerdict {
  const others = candidates.filter((candidate) => candidate.id !== company.id && candidate.country === company.country);
  for (const field of ['vatNumber', 'nationalId'] as const) {
    const mine = idKey(company[field]);
    if (!mine) continue;
    const existing = others.find((candidate) => idKey(candidate[field]) === mine);
    if (existing) return { kind: 'sameId', field, existing };
  }
  const city = searchWords(company.city).join(' ');
  const core = nameCore(company.legalName);
  // The same name in the same country is a likely duplicate wherever (or whether) a city was typed;
  // a merely similar name only in the same city.
  const similar = others.filter(
    (candidate) =>
      (core !== '' && nameCore(candidate.legalName) === core) ||
      (searchWords(candidate.city).join(' ') === city &&
        (similarNames(candidate.legalName, company.legalName) ||
          (candidate.tradeName !== undefined &&
            similarNames(candidate.tradeName, company.tradeName ?? company.legalName)))),
  );
  return similar.length > 0 ? { kind: 'similarName', existing: similar } : { kind: 'none' };
}
