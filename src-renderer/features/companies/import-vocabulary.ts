/** What an import recognises in every UI language: our field labels as headers, role and status labels as values. */
import type { i18n as I18n } from 'i18next';
import { COMPANY_ROLES, PIPELINE_STATUSES } from '../../domain/model';
import { CSV_FIELDS, csvValues, type CsvField, type CsvValues } from '../../domain/registry/csv';
import { UI_LANGUAGES } from '../../i18n/languages';

export type ImportVocabulary = { headers: Partial<Record<CsvField, string[]>>; values: CsvValues };

export function importVocabulary(i18n: I18n, current: string = i18n.language): ImportVocabulary {
  // The current language first: its labels win where two languages share a word.
  const languages = [current, ...UI_LANGUAGES.filter((language) => language !== current)];
  const ts = languages.map((language) => i18n.getFixedT(language, 'companies'));
  const all = (key: string) => ts.map((t) => t(key));
  return {
    headers: Object.fromEntries(CSV_FIELDS.map((field) => [field, all(`fields.${field}`)])),
    values: csvValues({
      role: Object.fromEntries(COMPANY_ROLES.map((role) => [role, all(`role.${role}`)])),
      status: Object.fromEntries(PIPELINE_STATUSES.map((status) => [status, all(`status.${status}`)])),
    }),
  };
}
