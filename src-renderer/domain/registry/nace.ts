/** NACE Rev. 2: the 21 sections (A–U) and their 88 divisions. Labels are i18n keys `companies:nace.X`. */
export const NACE_SECTIONS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type NaceSection = (typeof NACE_SECTIONS)[number];

/** Division ranges of each section (inclusive). */
const RANGES: Record<NaceSection, [number, number][]> = {
  A: [[1, 3]],
  B: [[5, 9]],
  C: [[10, 33]],
  D: [[35, 35]],
  E: [[36, 39]],
  F: [[41, 43]],
  G: [[45, 47]],
  H: [[49, 53]],
  I: [[55, 56]],
  J: [[58, 63]],
  K: [[64, 66]],
  L: [[68, 68]],
  M: [[69, 75]],
  N: [[77, 82]],
  O: [[84, 84]],
  P: [[85, 85]],
  Q: [[86, 88]],
  R: [[90, 93]],
  S: [[94, 96]],
  T: [[97, 98]],
  U: [[99, 99]],
};

export function naceDivisions(section: NaceSection): string[] {
  const codes: string[] = [];
  for (const [from, to] of RANGES[section]) for (let n = from; n <= to; n++) codes.push(String(n).padStart(2, '0'));
  return codes;
}

export const NACE_DIVISIONS: readonly string[] = NACE_SECTIONS.flatMap((section) => naceDivisions(section));

export function isNaceSection(value: string): value is NaceSection {
  return (NACE_SECTIONS as readonly string[]).includes(value);
}

export function sectionOfDivision(division: string): NaceSection | undefined {
  return NACE_SECTIONS.find((section) => naceDivisions(section).includes(division));
}

export type NaceCode = { section?: NaceSection; division?: string };
export type NaceParse =
  | { ok: true; code: NaceCode }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'mismatch'; given: string; division: string; section: NaceSection };

/**
 * Reads a NACE code as registries export it: `J`, `J62`, `J 62`, `62`, `62.01`, `J62.01`, `6201`,
 * national class suffixes (`62.01Z`, `62.01.00`) and our own export (`62 — Computer programming…`).
 * The section comes from the division; a letter that disagrees with it is a mismatch.
 */
export function parseNaceCode(value: string): NaceParse | null {
  const code = value
    .split(/\s[—–-]\s|:/)[0]!
    .trim()
    .toUpperCase()
    .replace(/\s+/g, '');
  if (code === '') return null;
  if (/^[A-Z]$/.test(code))
    return isNaceSection(code) ? { ok: true, code: { section: code } } : { ok: false, reason: 'unknown' };
  const match = /^([A-Z])?(\d{1,2})(?:(?:\.\d{1,2}){1,3}[A-Z]?|\d{2}[A-Z]?)?$/.exec(code);
  if (!match) return { ok: false, reason: 'unknown' };
  const [, letter, digits] = match;
  const division = digits!.padStart(2, '0');
  const section = sectionOfDivision(division);
  if (!section || (letter !== undefined && !isNaceSection(letter))) return { ok: false, reason: 'unknown' };
  if (letter !== undefined && letter !== section)
    return { ok: false, reason: 'mismatch', given: letter, division, section };
  return { ok: true, code: { section, division } };
}
