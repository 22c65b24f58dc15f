/**
 * CSV of companies: parsing (papaparse; UTF-8 with or without BOM, `,` or `;`), column mapping,
 * row validation with row and line numbers, and export that Excel opens (BOM, `;` or `,`,
 * formulas neutralised).
 */
import Papa from 'papaparse';
import { COMPANY_ROLES, PIPELINE_STATUSES, type CompanyRole, type PipelineStatus } from '../model';
import { EMPTY_COMPANY_DRAFT, parseCompanyDraft, type CompanyDraft } from './company-schema';
import { companyFieldsFromDraft, type CompanyFields } from './company-record';
import { foldHeader, guessMapping as guessFromSynonyms, type CsvField } from './csv-headers';
import { message } from '../validation';
import { parseNaceCode } from './nace';
import { sizeClass } from './size-class';

export type { CsvField } from './csv-headers';
export const CSV_FIELDS: readonly CsvField[] = [
  ...(Object.keys(EMPTY_COMPANY_DRAFT) as (keyof CompanyDraft)[]),
  'naceCode',
];

/** `lines[i]` is the text line (1-based, the header's first line is 1) where data row i starts. */
export type ParsedCsv = {
  headers: string[];
  rows: string[][];
  lines: number[];
  delimiter: string;
  encodingSuspect: boolean;
};

/** Parses text already decoded as UTF-8. The BOM is dropped; the delimiter is guessed. */
export function parseCsv(text: string): ParsedCsv {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  const starts: number[] = [];
  let offset = 0;
  let line = 1;
  let delimiter = ',';
  // A quoted cell may hold line breaks, so a record's line is counted from where it starts.
  Papa.parse<string[]>(clean, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      let start = offset;
      while (start < clean.length && (clean[start] === '\r' || clean[start] === '\n')) start++;
      line += countNewlines(clean, offset, start);
      records.push(result.data);
      starts.push(line);
      line += countNewlines(clean, start, result.meta.cursor);
      offset = result.meta.cursor;
      delimiter = result.meta.delimiter;
    },
  });
  const [headers = [], ...rows] = records;
  return {
    headers: headers.map((header) => header.trim()),
    rows,
    lines: starts.slice(1),
    delimiter,
    // U+FFFD appears where bytes were not UTF-8 (for example a Windows-1252 export).
    encodingSuspect: clean.includes('\ufffd'),
  };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++)
    if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  return count;
}

/** Column index → field, from field names, the caller's labels (the UI's in every language) and synonyms. */
export function guessMapping(headers: string[], labels: Partial<Record<CsvField, string[]>>): (CsvField | null)[] {
  return guessFromSynonyms(headers, labels, CSV_FIELDS);
}

/**
 * Cell values that stand for a code: the codes themselves, their labels in every UI language (our
 * own export writes labels) and a few common words. Keys are folded with `foldHeader`.
 */
export type CsvValues = { role: Map<string, CompanyRole>; status: Map<string, PipelineStatus> };

const ROLE_WORDS: Record<CompanyRole, string[]> = {
  send: ['send', 'sends', 'sending', 'sender', 'sending sme', 'sending company'],
  host: ['host', 'hosts', 'hosting', 'host sme', 'host company', 'hosting company'],
  both: ['both', 'send and host', 'send host', 'sends and hosts', 'sending and hosting'],
};

export function csvValues(
  labels: { role?: Partial<Record<CompanyRole, string[]>>; status?: Partial<Record<PipelineStatus, string[]>> } = {},
): CsvValues {
  const map = <T extends string>(
    codes: readonly T[],
    words: Partial<Record<T, string[]>>,
    extra: Partial<Record<T, string[]>> = {},
  ) => {
    const out = new Map<string, T>();
    for (const code of codes)
      for (const word of [code, ...(extra[code] ?? []), ...(words[code] ?? [])])
        if (!out.has(foldHeader(word))) out.set(foldHeader(word), code);
    return out;
  };
  return {
    role: map(COMPANY_ROLES, labels.role ?? {}, ROLE_WORDS),
    status: map(PIPELINE_STATUSES, labels.status ?? {}),
  };
}

export type RowIssue = { row: number; line: number; field: string; message: string };
export type ValidRow = { row: number; line: number; fields: CompanyFields; provided: (keyof CompanyFields)[] };
export type ValidatedRows = { valid: ValidRow[]; errors: RowIssue[]; warnings: RowIssue[] };
type ValidateOptions = { start?: number; end?: number; values?: CsvValues };

const DEFAULT_VALUES = csvValues();
const CONSENT_FIELDS = new Set<string>(['consentStore', 'consentShare', 'consentScope']);

/**
 * Validates rows `start` to `end`. `row` is the spreadsheet's row number (the header is row 1; a
 * record with line breaks inside a quoted cell is still one row), `line` the text line where it starts.
 */
export function validateRows(
  parsed: ParsedCsv,
  mapping: (CsvField | null)[],
  options: ValidateOptions = {},
): ValidatedRows {
  const { start = 0, end = parsed.rows.length, values = DEFAULT_VALUES } = options;
  const result: ValidatedRows = { valid: [], errors: [], warnings: [] };
  parsed.rows.slice(start, end).forEach((cells, offset) => {
    const index = start + offset;
    const at = { row: index + 2, line: parsed.lines[index] ?? index + 2 };
    const issue = (field: string, message: string) => ({ ...at, field, message });
    if (cells.length !== parsed.headers.length) {
      result.errors.push(
        issue(
          '_row',
          `companies:errors.columnCount|${JSON.stringify({ found: cells.length, expected: parsed.headers.length })}`,
        ),
      );
      return;
    }
    const cell: Partial<Record<CsvField, string>> = {};
    mapping.forEach((field, column) => {
      if (field) cell[field] = unneutralise(cells[column] ?? '').trim();
    });
    if (Object.values(cell).some((value) => value.includes('\ufffd'))) {
      result.errors.push(issue('_row', 'companies:errors.encoding'));
      return;
    }
    const row = readRow(cell, values);
    result.warnings.push(...row.warnings.map(([field, message]) => issue(field, message)));
    const parsedDraft = parseCompanyDraft(row.draft);
    const errors = { ...(parsedDraft.ok ? {} : parsedDraft.errors), ...row.errors };
    if (!parsedDraft.ok || Object.keys(row.errors).length > 0) {
      for (const [field, text] of Object.entries(errors)) result.errors.push(issue(field, text));
      return;
    }
    const provided = new Set<keyof CompanyFields>();
    for (const [field, value] of Object.entries(cell)) {
      if (!value) continue;
      if (field === 'naceCode') provided.add('naceSection').add('naceDivision');
      else provided.add(CONSENT_FIELDS.has(field) ? 'consent' : (field as keyof CompanyFields));
    }
    if (row.roleDefaulted) provided.delete('role');
    result.valid.push({ ...at, fields: companyFieldsFromDraft(parsedDraft.data), provided: [...provided] });
  });
  return result;
}

type ReadRow = {
  draft: CompanyDraft;
  errors: Record<string, string>;
  warnings: [string, string][];
  roleDefaulted: boolean;
};

/** A row's cells as a form draft: codes from labels, NACE codes split, defaults where a cell is empty. */
function readRow(cell: Partial<Record<CsvField, string>>, values: CsvValues): ReadRow {
  const draft = { ...EMPTY_COMPANY_DRAFT } as Record<keyof CompanyDraft, string>;
  for (const [field, value] of Object.entries(cell))
    if (field !== 'naceCode') draft[field as keyof CompanyDraft] = value;
  const errors: Record<string, string> = {};
  const warnings: [string, string][] = [];
  for (const field of ['legalName', 'tradeName'] as const) {
    if (/[\r\n]/.test(draft[field])) {
      draft[field] = draft[field].replace(/\s*[\r\n]+\s*/g, ' ');
      warnings.push([field, 'companies:import.warnings.lineBreak']);
    }
  }
  draft.status = cell.status ? (values.status.get(foldHeader(cell.status)) ?? cell.status) : EMPTY_COMPANY_DRAFT.status;
  const roleDefaulted = !cell.role;
  draft.role = cell.role ? (values.role.get(foldHeader(cell.role)) ?? cell.role) : EMPTY_COMPANY_DRAFT.role;
  const nace = readNace(cell);
  if (nace.error) errors[nace.error[0]] = nace.error[1];
  draft.naceSection = nace.section ?? '';
  draft.naceDivision = nace.division ?? '';
  if (roleDefaulted && draft.role !== 'host' && isLarge(draft)) {
    draft.role = 'host';
    warnings.push(['role', 'companies:import.warnings.largeHostOnly']);
  }
  return { draft: draft as CompanyDraft, errors, warnings, roleDefaulted };
}

/** Section and division from any of the three NACE columns, each of which may hold a full code. */
function readNace(cell: Partial<Record<CsvField, string>>): {
  section?: string;
  division?: string;
  error?: [string, string];
} {
  let section: string | undefined;
  let division: string | undefined;
  for (const field of ['naceCode', 'naceSection', 'naceDivision'] as const) {
    const value = cell[field];
    const code = value ? parseNaceCode(field === 'naceDivision' && /^\d$/.test(value) ? `0${value}` : value) : null;
    if (!value || !code) continue;
    const target = field === 'naceSection' ? 'naceSection' : 'naceDivision';
    if (!code.ok) {
      return code.reason === 'unknown'
        ? { error: [target, message('companies:errors.naceCode', { value })] }
        : {
            error: [
              target,
              message('companies:errors.naceCodeMismatch', {
                value,
                division: code.division,
                section: code.section,
                given: code.given,
              }),
            ],
          };
    }
    if (code.code.division && division && division !== code.code.division) {
      return {
        error: [
          'naceDivision',
          message('companies:errors.naceCodeConflict', { first: division, second: code.code.division }),
        ],
      };
    }
    if (section && code.code.section && section !== code.code.section)
      return { error: ['naceDivision', message('companies:errors.naceMismatch', { section })] };
    division ??= code.code.division;
    section ??= code.code.section;
  }
  return { section, division };
}

function isLarge(draft: Record<keyof CompanyDraft, string>): boolean {
  const number = (value: string) =>
    /^\d+$/.test(value.replace(/[\s\u00a0\u202f'’]/g, ''))
      ? Number(value.replace(/[\s\u00a0\u202f'’]/g, ''))
      : undefined;
  return (
    sizeClass({
      headcount: number(draft.headcount),
      turnoverEur: number(draft.turnoverEur),
      balanceSheetEur: number(draft.balanceSheetEur),
    }).size === 'large'
  );
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
  const data = [headers, ...rows].map((row) =>
    row.map((cell) => neutraliseCell(cell === undefined ? '' : String(cell))),
  );
  return `\ufeff${Papa.unparse(data, { delimiter, newline: '\r\n', quotes: true, escapeFormulae: false })}`;
}
