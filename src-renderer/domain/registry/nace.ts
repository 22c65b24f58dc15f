/** NACE Rev. 2: the 21 sections (A–U) and their 88 divisions. Labels are i18n keys `companies:nace.X`. */
export const NACE_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type NaceSection = (typeof NACE_SECTIONS)[number];

/** Division ranges of each section (inclusive). */
const RANGES: Record<NaceSection, [number, number][]> = {
  A: [[1, 3]], B: [[5, 9]], C: [[10, 33]], D: [[35, 35]], E: [[36, 39]], F: [[41, 43]], G: [[45, 47]],
  H: [[49, 53]], I: [[55, 56]], J: [[58, 63]], K: [[64, 66]], L: [[68, 68]], M: [[69, 75]], N: [[77, 82]],
  O: [[84, 84]], P: [[85, 85]], Q: [[86, 88]], R: [[90, 93]], S: [[94, 96]], T: [[97, 98]], U: [[99, 99]],
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
