import { describe, expect, it } from 'vitest';
import { guessMapping, parseCsv, validateRows } from '../../../../src-renderer/domain/registry/csv';
import { parseNaceCode } from '../../../../src-renderer/domain/registry/nace';

const check = (text: string) => {
  const parsed = parseCsv(text);
  return { parsed, ...validateRows(parsed, guessMapping(parsed.headers, {})) };
};
const messageKey = (text: string) => text.split('|')[0];

describe('CSV headers', () => {
  it('maps the usual English registry headers', () => {
    const headers = ['Company', 'VAT', 'NACE', 'Employees', 'Role', 'Email', 'Website', 'Country', 'City'];
    expect(guessMapping(headers, {})).toEqual([
      'legalName',
      'vatNumber',
      'naceCode',
      'headcount',
      'role',
      'email',
      'website',
      'country',
      'city',
    ]);
  });

  it.each([
    [
      ['Firmenname', 'USt-IdNr.', 'Mitarbeiter', 'Land', 'WZ 2008'],
      ['legalName', 'vatNumber', 'headcount', 'country', 'naceCode'],
    ],
    [
      ['Επωνυμία', 'ΑΦΜ', 'Εργαζόμενοι', 'Χώρα', 'Ιστοσελίδα'],
      ['legalName', 'vatNumber', 'headcount', 'country', 'website'],
    ],
    [
      ['Razón social', 'CIF', 'Empleados', 'País', 'CNAE'],
      ['legalName', 'vatNumber', 'headcount', 'country', 'naceCode'],
    ],
    [
      ['Raison sociale', 'N° TVA', 'Effectif', 'Pays', 'Code NAF'],
      ['legalName', 'vatNumber', 'headcount', 'country', 'naceCode'],
    ],
    [
      ['Ragione sociale', 'Partita IVA', 'Dipendenti', 'Paese', 'ATECO'],
      ['legalName', 'vatNumber', 'headcount', 'country', 'naceCode'],
    ],
    [
      ['Назив', 'ПИБ', 'Број запослених', 'Држава', 'Шифра делатности'],
      ['legalName', 'nationalId', 'headcount', 'country', 'naceCode'],
    ],
    [
      ['Naziv', 'PIB', 'Broj zaposlenih', 'Država', 'E-pošta'],
      ['legalName', 'nationalId', 'headcount', 'country', 'email'],
    ],
    [
      ['Bedrijfsnaam', 'BTW-nummer', 'Werknemers', 'Land', 'SBI'],
      ['legalName', 'vatNumber', 'headcount', 'country', 'naceCode'],
    ],
    [
      ['Naziv tvrtke', 'OIB', 'Broj zaposlenika', 'Država', 'NKD'],
      ['legalName', 'nationalId', 'headcount', 'country', 'naceCode'],
    ],
    [
      ['Podjetje', 'ID za DDV', 'Število zaposlenih', 'Država', 'SKD'],
      ['legalName', 'vatNumber', 'headcount', 'country', 'naceCode'],
    ],
    [
      ['Obchodné meno', 'IČ DPH', 'Počet zamestnancov', 'Krajina', 'IČO'],
      ['legalName', 'vatNumber', 'headcount', 'country', 'nationalId'],
    ],
  ])('maps %j', (headers, expected) => {
    expect(guessMapping(headers, {})).toEqual(expected);
  });

  it('gives a field to one column only', () => {
    expect(guessMapping(['Name', 'Company', 'VAT', 'Tax id'], {})).toEqual(['legalName', null, 'vatNumber', null]);
  });
});

describe('NACE codes in a CSV', () => {
  it.each([
    ['J62', 'J', '62'],
    ['62', 'J', '62'],
    ['J 62', 'J', '62'],
    ['62.01', 'J', '62'],
    ['J62.01', 'J', '62'],
    ['j62.01', 'J', '62'],
    ['C25', 'C', '25'],
    ['1', 'A', '01'],
    ['6201', 'J', '62'],
    ['62.01Z', 'J', '62'],
    ['J', 'J', undefined],
    ['62 — Computer programming', 'J', '62'],
  ])('reads %s as section %s, division %s', (value, section, division) => {
    expect(parseNaceCode(value)).toEqual({ ok: true, code: division ? { section, division } : { section } });
  });

  it('refuses unknown codes and a section that disagrees with the division', () => {
    expect(parseNaceCode('Z99')).toEqual({ ok: false, reason: 'unknown' });
    expect(parseNaceCode('04')).toEqual({ ok: false, reason: 'unknown' });
    expect(parseNaceCode('V')).toEqual({ ok: false, reason: 'unknown' });
    expect(parseNaceCode('J25')).toEqual({ ok: false, reason: 'mismatch', given: 'J', division: '25', section: 'C' });
  });

  it('imports a NACE column, whichever NACE field it is mapped to, and reports a bad code on its row', () => {
    const { valid, errors } = check(
      'Company;Country;NACE\nA;HR;J62\nB;HR;62.01\nC;HR;J 62\nD;HR;C25\nE;HR;Z99\nF;HR;J25\n',
    );
    expect(valid.map((row) => [row.fields.legalName, row.fields.naceSection, row.fields.naceDivision])).toEqual([
      ['A', 'J', '62'],
      ['B', 'J', '62'],
      ['C', 'J', '62'],
      ['D', 'C', '25'],
    ]);
    expect(errors.map((error) => [error.row, error.field, messageKey(error.message)])).toEqual([
      [6, 'naceDivision', 'companies:errors.naceCode'],
      [7, 'naceDivision', 'companies:errors.naceCodeMismatch'],
    ]);
    expect(errors[0]!.message).toContain('"value":"Z99"');
    for (const header of ['NACE section', 'NACE division', 'Sektor', 'Abteilung']) {
      const mapped = check(`Company;Country;${header}\nA;HR;J62\nB;HR;62\n`);
      expect(mapped.errors, header).toEqual([]);
      expect(
        mapped.valid.map((row) => `${row.fields.naceSection}${row.fields.naceDivision}`),
        header,
      ).toEqual(['J62', 'J62']);
    }
  });

  it('reports a section column that disagrees with the division column', () => {
    const { errors } = check('Company;Country;NACE section;NACE division\nA;HR;C;62\n');
    expect(errors.map((error) => [error.field, messageKey(error.message)])).toEqual([
      ['naceDivision', 'companies:errors.naceMismatch'],
    ]);
  });
});

describe('CSV rows and lines', () => {
  it('counts rows and text lines apart after a quoted cell with line breaks', () => {
    const text = 'Company;Country\r\n"Two\r\nline name";HR\r\n"Three\nline\nname";HR\r\n;HR\r\nOk;XX\r\n';
    const { errors, warnings, valid } = check(text);
    expect(errors.map((error) => [error.row, error.line, error.field])).toEqual([
      [4, 7, 'legalName'],
      [5, 8, 'country'],
    ]);
    expect(valid.map((row) => [row.row, row.line])).toEqual([
      [2, 2],
      [3, 4],
    ]);
    expect(warnings.map((warning) => [warning.row, warning.line, warning.field, warning.message])).toEqual([
      [2, 2, 'legalName', 'companies:import.warnings.lineBreak'],
      [3, 4, 'legalName', 'companies:import.warnings.lineBreak'],
    ]);
    expect(valid[0]!.fields.legalName).toBe('Two line name');
  });

  it('sets a large company without a role to host, with a warning, and refuses one that wants to send', () => {
    const { valid, warnings, errors } = check(
      'Company;Country;Employees;Role\nBig;DE;12000;\nBigger;DE;12 000;both\nBiggest;DE;12000;send\nHost;DE;12000;host\nSmall;DE;12;\n',
    );
    expect(valid.map((row) => [row.fields.legalName, row.fields.role])).toEqual([
      ['Big', 'host'],
      ['Host', 'host'],
      ['Small', 'both'],
    ]);
    expect(warnings.map((warning) => [warning.row, warning.field, warning.message])).toEqual([
      [2, 'role', 'companies:import.warnings.largeHostOnly'],
    ]);
    expect(errors.map((error) => [error.row, error.field, error.message])).toEqual([
      [3, 'role', 'companies:errors.largeHostOnly'],
      [4, 'role', 'companies:errors.largeHostOnly'],
    ]);
  });

  it('reads role and status labels in any language it is given, and the codes', () => {
    const parsed = parseCsv(
      'Company;Country;Role;Status\nA;HR;Hosts staff;Seeking a match\nB;HR;send;seekingMatch\nC;HR;Nimmt auf;Sucht Partner\n',
    );
    const values = {
      role: new Map([['nimmtauf', 'host' as const]]),
      status: new Map([['suchtpartner', 'seekingMatch' as const]]),
    };
    const plain = validateRows(parsed, guessMapping(parsed.headers, {}));
    expect(plain.valid.map((row) => row.fields.role)).toEqual(['send']);
    const result = validateRows(parsed, guessMapping(parsed.headers, {}), { values });
    expect(result.valid.map((row) => [row.fields.role, row.fields.status])).toEqual([
      ['send', 'seekingMatch'],
      ['host', 'seekingMatch'],
    ]);
  });
});
