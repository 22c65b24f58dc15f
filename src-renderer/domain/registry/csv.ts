/**
 * CSV of companies: parsing (papaparse; UTF-8 with or without BOM, `,` or `;`), column mapping,
 * row validation with line numbers, and export that Excel opens (BOM, `;` or `,`, formulas
 * neutralised).
 */
import Papa from 'papaparse';
import { EMPTY_COMPANY_DRAFT, parseCompanyDraft, type CompanyDraft } from './company-schema';
import { companyFieldsFromDraft, type CompanyFields } from './company-record';
import { foldForSearch } from './search-normalize';

export const CSV_FIELDS = Object.keys(EMPTY_COMPANY_DRAFT) as (keyof CompanyDraft)[];
export type CsvField = (typeof CSV_FIELDS)[number];

export type ParsedCsv = { headers: string[]; rows: string[][]; delimiter: string; encodingSuspect: boolean };

/** Parses text already decoded as UTF-8. The BOM is dropped; the delimiter is guessed. */
export function parseCsv(text: string): ParsedCsv {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = result.data;
  return {
    headers: headers.map((header) => header.trim()),
    rows,
    delimiter: result.meta.delimiter,
    // U+FFFD appears where bytes were not UTF-8 (for example a Windows-1252 export).
    encodingSuspect: clean.includes('\ufffd'),
  };
}

/** Column index → field, guessed from header names in any UI language (labels given by the caller). */
export function guessMapping(headers: string[], labels: Record<CsvField, string[]>): (CsvField | null)[] {
  const used = new Set<CsvField>();
  return headers.map((header) => {
    const folded = foldForSearch(header).replace(/[^\p{L}\p{N}]/gu, '');
    for (const field of CSV_FIELDS) {
      if (used.has(field)) continue;
      const names = [field, ...labels[field]].map((name) => foldForSearch(name).replace(/[^\p{L}\p{N}]/gu, ''));
      if (names.includes(folded)) {
        used.add(field);
        return field;
      }
    }
    return null;
  });
}

export type RowError = { line: number; field: string; message: string };
export type ValidatedRows = { valid: { line: number; fields: CompanyFields }[]; errors: RowError[] };

/**
 * Validates every row. `line` is the line in the file (header is line 1), assuming one record per
 * line, which is what spreadsheets write except for quoted line breaks.
 */
export function validateRows(parsed: ParsedCsv, mapping: (CsvField | null)[], start = 0, end = parsed.rows.length): ValidatedRows {
  const valid: ValidatedRows['valid'] = [];
  const errors: RowError[] = [];
  parsed.rows.slice(start, end).forEach((row, offset) => {
    const index = start + offset;
    const line = index + 2;
    if (row.length !== parsed.headers.length) {
      errors.push({ line, field: '_row', message: `companies:errors.columnCount|${JSON.stringify({ found: row.length, expected: parsed.headers.length })}` });
      return;
    }
    const draft: CompanyDraft = { ...EMPTY_COMPANY_DRAFT };
    mapping.forEach((field, column) => {
      if (field) (draft as Record<string, unknown>)[field] = unneutralise(row[column] ?? '');
    });
    if (Object.values(draft).some((value) => typeof value === 'string' && value.includes('\ufffd'))) {
      errors.push({ line, field: '_row', message: 'companies:errors.encoding' });
      return;
    }
    const result = parseCompanyDraft(draft);
    if (!result.ok) {
      for (const [field, text] of Object.entries(result.errors)) errors.push({ line, field, message: text });
      return;
    }
    valid.push({ line, fields: companyFieldsFromDraft(result.data) });
  });
  return { valid, errors };
}

/** Our own exports put an apostrophe before formula-like cells: take it off on the way back. */
function unneutralise(value: string): string {
  return value.replace(/^'(?=[=+\-@])/, '');
}

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV text with a UTF-8 BOM, every cell quoted when needed, formulas neutralised. */
export function toCsv(headers: string[], rows: (string | number | undefined)[][], delimiter = ';'): string {
  const data = [headers, ...rows].map((row) => row.map((cell) => neutraliseCell(cell === undefined ? '' : String(cell))));
  return `\ufeff${Papa.unparse(data, { delimiter, newline: '\r\n', quotes: true, escapeFormulae: false })}`;
}
