/**
 * Line breaking and pagination, independent of pdf-lib: rows of positioned text are computed
 * here, drawn elsewhere. Widths come from a measuring function (see metrics.ts).
 */
export type FontRole = 'regular' | 'bold';
export type Tone = 'text' | 'muted';
export type Measure = (text: string, font: FontRole, size: number) => number;

export type TextRun = { kind: 'text'; text: string; x: number; font: FontRole; size: number; tone?: Tone };
export type RuleRun = { kind: 'rule'; x: number; width: number };
export type Run = TextRun | RuleRun;

export type Row = {
  height: number;
  runs: Run[];
  /** Never end a page after this row (a heading and the first lines of its text stay together). */
  keepWithNext?: boolean;
  /** Vertical space only: dropped at the top of a page. */
  spacer?: boolean;
  /** Starts a new page (the second language's half of a document printed one language after the other). */
  breakBefore?: boolean;
};

export type WrappedLine = { text: string; indent: number };

const BULLET = /^\s*[-•*]\s+/;

/**
 * Greedy word wrap. Paragraphs are separated by line breaks; a paragraph starting with `- `
 * or `• ` becomes a bullet with a hanging indent. A word longer than the line is cut.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.test(paragraph);
    const body = bullet ? paragraph.replace(BULLET, '') : paragraph.trim();
    if (body === '') continue;
    const indent = bullet ? measure('•  ') : 0;
    const width = maxWidth - indent;
    const spaceWidth = measure(' ');
    let current = '';
    let currentWidth = 0;
    let first = true;
    const push = () => {
      lines.push({ text: first && bullet ? `•  ${current}` : current, indent: first ? 0 : indent });
      first = false;
      current = '';
      currentWidth = 0;
    };
    for (const word of body.split(/\s+/)) {
      let wordWidth = measure(word);
      if (current !== '' && currentWidth + spaceWidth + wordWidth <= width) {
        current += ` ${word}`;
        currentWidth += spaceWidth + wordWidth;
        continue;
      }
      if (current !== '') push();
      let rest = word;
      while (wordWidth > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--;
        current = rest.slice(0, cut);
        push();
        rest = rest.slice(cut);
        wordWidth = measure(rest);
      }
      current = rest;
      currentWidth = wordWidth;
    }
    if (current !== '') push();
  }
  return lines;
}

/**
 * Splits rows into pages of the given height; a row marked `breakBefore` opens a page. A chain of rows marked `keepWithNext` moves to the
 * next page as a whole with the row after it, unless the chain is taller than a page.
 */
export function paginate(rows: Row[], pageHeight: number): Row[][] {
  const pages: Row[][] = [[]];
  let used = 0;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  const place = (row: Row) => {
    if (row.spacer && used === 0) return;
    if (used + row.height > pageHeight && used > 0) newPage();
    if (row.spacer && used === 0) return;
    pages[pages.length - 1]!.push(row);
    used += row.height;
  };
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (rows[j]!.keepWithNext && j < rows.length - 1) j++;
    const group = rows.slice(i, j + 1);
    const height = group.reduce((sum, row) => sum + (row.spacer ? 0 : row.height), 0);
    if (used > 0 && group[0]!.breakBefore) newPage();
    if (used > 0 && used + height > pageHeight && height <= pageHeight) newPage();
    for (const row of group) place(row);
    i = j + 1;
  }
  if (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  return pages;
}
