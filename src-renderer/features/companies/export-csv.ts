/**
 * Export of the filtered list: headers and values in the UI language (role, status, size, NACE
 * labels), UTF-8 BOM, formulas neutralised, via the platform. The import reads it back in any UI
 * language: it knows every language's labels, and NACE cells start with their code.
 */
import type { TFunction } from 'i18next';
import type { Company } from '../../domain/model';
import { toCsv } from '../../domain/registry/csv';
import { sizeClass } from '../../domain/registry/size-class';
import { platform } from '../../platform';
import { naceDivisionLabel, naceSectionLabel } from './labels';

type Column = { key: string; value: (company: Company, t: TFunction) => string | number | undefined };

const COLUMNS: Column[] = [
  { key: 'legalName', value: (c) => c.legalName },
  { key: 'tradeName', value: (c) => c.tradeName },
  { key: 'country', value: (c) => c.country },
  { key: 'region', value: (c) => c.region },
  { key: 'city', value: (c) => c.city },
  { key: 'address', value: (c) => c.address },
  { key: 'nationalId', value: (c) => c.nationalId },
  { key: 'vatNumber', value: (c) => c.vatNumber },
  { key: 'website', value: (c) => c.website },
  { key: 'email', value: (c) => c.email },
  { key: 'phone', value: (c) => c.phone },
  { key: 'naceSection', value: (c, t) => (c.naceSection ? naceSectionLabel(t, c.naceSection) : undefined) },
  { key: 'naceDivision', value: (c, t) => (c.naceDivision ? naceDivisionLabel(t, c.naceDivision) : undefined) },
  { key: 'foundingYear', value: (c) => c.foundingYear },
  { key: 'headcount', value: (c) => c.headcount },
  { key: 'turnoverEur', value: (c) => c.turnoverEur },
  { key: 'balanceSheetEur', value: (c) => c.balanceSheetEur },
  { key: 'size', value: (c, t) => t(`companies:size.${sizeClass(c).size ?? 'unknown'}`) },
  { key: 'languages', value: (c) => c.languages.join(', ') },
  { key: 'role', value: (c, t) => t(`companies:role.${c.role}`) },
  { key: 'status', value: (c, t) => t(`companies:status.${c.status}`) },
  { key: 'consentStore', value: (c) => c.consent.storeGivenAt },
  { key: 'consentShare', value: (c) => c.consent.shareGivenAt },
  { key: 'consentScope', value: (c) => c.consent.scope },
  { key: 'eventName', value: (c) => c.eventName },
  { key: 'tags', value: (c) => c.tags.join(', ') },
];

/** The CSV of the companies (the list's, in its order: `readCompaniesForExport`). */
export function buildExport(companies: Company[], t: TFunction): string {
  // Country and language codes stay ISO codes: every registry and spreadsheet knows them.
  return toCsv(
    COLUMNS.map((column) => t(`companies:fields.${column.key}`)),
    companies.map((company) => COLUMNS.map((column) => column.value(company, t))),
  );
}

export async function exportCompanies(companies: Company[], t: TFunction, language: string): Promise<void> {
  const csv = buildExport(companies, t);
  const date = new Date().toISOString().slice(0, 10);
  await platform.saveFile(
    `${t('companies:export.fileName')}-${language}-${date}.csv`,
    'text/csv;charset=utf-8',
    new TextEncoder().encode(csv),
  );
}
