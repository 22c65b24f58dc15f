import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_FIELDS,
  guessMapping,
  neutraliseCell,
  parseCsv,
  toCsv,
  validateRows,
  type CsvField,
} from '../../../../src-renderer/domain/registry/csv';

const NO_LABELS = Object.fromEntries(CSV_FIELDS.map((field) => [field, []])) as unknown as Record<CsvField, string[]>;

/** A file of 1,000 bad rows of every kind, and a few good ones, with known lines. */
function malformedFile(): { text: string; goodLines: number[] } {
  const header = 'legalName;country;city;vatNumber;headcount;website';
  const lines = [header];
  const goodLines: number[] = [];
  const kinds = [
    () => ';HR;Osijek;;;', // missing name
    () => 'Firma;;Osijek;;;', // missing country
    () => 'Firma;XX;Osijek;;;', // unknown country
    () => 'Firma;HR;Osijek;HR33392005962;;', // bad checksum
    () => 'Firma;DE;Berlin;DE12;;', // bad VAT format
    () => 'Firma;HR;Osijek;;-3;', // negative headcount
    () => 'Firma;HR;Osijek;;many;', // not a number
    () => 'Firma;HR;Osijek', // missing columns
    () => 'Firma;HR;Osijek;;;;extra', // too many columns
    () => 'F\ufffdrma;HR;Osijek;;;', // not UTF-8 (decoded with replacement characters)
    () => "Firma;HR;Osijek;=cmd|' /C calc'!A0;;", // injection-like id
    () => 'Firma;HR;Osijek;;;javascript:alert(1)', // bad website
  ];
  for (let i = 0; i < 1000; i++) lines.push(kinds[i % kinds.length]!());
  for (const name of ['Čakovec Metal d.o.o.', 'Θεσσαλική Α.Ε.', '"Quoted; Name"']) {
    lines.push(`${name};HR;Čakovec;;12;www.example.hr`);
    goodLines.push(lines.length);
  }
  return { text: `\ufeff${lines.join('\r\n')}\r\n`, goodLines };
}

describe('CSV import', () => {
  it('parses with or without BOM, with , or ;', () => {
    const semi = parseCsv('\ufefflegalName;country\r\nA;HR\r\n');
    expect(semi).toMatchObject({
      headers: ['legalName', 'country'],
      rows: [['A', 'HR']],
      delimiter: ';',
      encodingSuspect: false,
    });
    const comma = parseCsv('legalName,country\n"B, d.o.o.",SI\n\n');
    expect(comma).toMatchObject({ headers: ['legalName', 'country'], rows: [['B, d.o.o.', 'SI']], delimiter: ',' });
  });

  it('maps headers by field name or translated label, ignoring case and accents', () => {
    const labels = { ...NO_LABELS, legalName: ['Επωνυμία'], city: ['Ville'] };
    expect(guessMapping(['ΕΠΩΝΥΜΙΑ', 'ville', 'Country', 'unknown'], labels)).toEqual([
      'legalName',
      'city',
      'country',
      null,
    ]);
  });

  it('reports every one of 1,000 malformed rows with its line, and keeps the good ones', () => {
    const { text, goodLines } = malformedFile();
    const parsed = parseCsv(text);
    expect(parsed.encodingSuspect).toBe(true);
    const result = validateRows(parsed, guessMapping(parsed.headers, NO_LABELS));
    expect(result.valid.map((row) => row.line)).toEqual(goodLines);
    expect(result.valid.map((row) => row.fields.legalName)).toEqual([
      'Čakovec Metal d.o.o.',
      'Θεσσαλική Α.Ε.',
      'Quoted; Name',
    ]);
    const badLines = new Set(result.errors.map((error) => error.line));
    expect(badLines.size).toBe(1000);
    expect([...badLines].every((line) => line >= 2 && line <= 1001)).toBe(true);
    const byLine = (line: number) =>
      result.errors
        .filter((error) => error.line === line)
        .map((error) => `${error.field}:${error.message.split('|')[0]}`);
    expect(byLine(2)).toEqual(['legalName:required']);
    expect(byLine(3)).toEqual(['country:required']);
    expect(byLine(4)).toEqual(['country:country']);
    expect(byLine(5)).toEqual(['vatNumber:companies:errors.vatChecksum']);
    expect(byLine(6)).toEqual(['vatNumber:companies:errors.vatInvalid']);
    expect(byLine(7)).toEqual(['headcount:companies:errors.headcount']);
    expect(byLine(8)).toEqual(['headcount:companies:errors.wholeNumber']);
    expect(byLine(9)).toEqual(['_row:companies:errors.columnCount']);
    expect(byLine(10)).toEqual(['_row:companies:errors.columnCount']);
    expect(byLine(11)).toEqual(['_row:companies:errors.encoding']);
    expect(byLine(12)).toEqual(['vatNumber:companies:errors.vatInvalid']);
    expect(byLine(13)).toEqual(['website:website']);
  });
});

describe('CSV export', () => {
  it('neutralises formula-like cells', () => {
    expect(neutraliseCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseCell('+1')).toBe("'+1");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('-2')).toBe("'-2");
    expect(neutraliseCell('Plain')).toBe('Plain');
  });

  it('writes a BOM, localized headers, quoted cells, and reads back the same values', () => {
    const csv = toCsv(
      ['Επωνυμία', 'Χώρα'],
      [
        ['=HYPERLINK("x")', 'GR'],
        ['Čakovec; "Metal"', undefined],
      ],
    );
    expect(csv.startsWith('\ufeff"Επωνυμία";"Χώρα"\r\n')).toBe(true);
    const back = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(back).toEqual([
      ['Επωνυμία', 'Χώρα'],
      ['\'=HYPERLINK("x")', 'GR'],
      ['Čakovec; "Metal"', ''],
    ]);
  });

  it('round-trips an export through the import (the apostrophe comes off)', () => {
    const csv = toCsv(['legalName', 'country', 'phone'], [['=Evil d.o.o.', 'HR', '+385 1 2345 678']]);
    const parsed = parseCsv(csv);
    const result = validateRows(parsed, guessMapping(parsed.headers, NO_LABELS));
    expect(result.errors).toEqual([]);
    expect(result.valid[0]!.fields).toMatchObject({ legalName: '=Evil d.o.o.', phone: '+385 1 2345 678' });
  });
});
