import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanyImportWriters } from '../../data/registry/useCompanyWriters';
import {
  guessMapping,
  parseCsv,
  validateRows,
  type CsvField,
  type ParsedCsv,
  type ValidatedRows,
} from '../../domain/registry/csv';
import { buildReview, planImport, type DuplicateChoice, type ImportReviewData } from './import-plan';
import { importVocabulary } from './import-vocabulary';

export type ImportStage =
  | { kind: 'pick'; error?: string }
  | { kind: 'map'; parsed: ParsedCsv; mapping: (CsvField | null)[]; fileName: string }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'review'; review: ImportReviewData; choices: ReadonlyMap<number, DuplicateChoice> }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; created: number; updated: number }
  | { kind: 'failed'; detail: string };

/** Fields without which no row can be imported: the check waits until a column is mapped to each. */
export const REQUIRED_IMPORT_FIELDS = ['legalName', 'country'] as const;

const VALIDATE_CHUNK = 2000;

/**
 * The CSV import without its layout: parse the file, guess and change the column mapping, check
 * the rows in chunks (with progress), decide on likely duplicates, then write in one transaction.
 * `ImportDialog` renders the stage; tests drive it without a browser.
 */
export function useCompanyImport() {
  const { t, i18n } = useTranslation('companies');
  const { importDuplicates, importCompanies } = useCompanyImportWriters();
  const [stage, setStage] = useState<ImportStage>({ kind: 'pick' });
  const cancelled = useRef(false);
  const language = i18n.language;
  const vocabulary = useMemo(() => importVocabulary(i18n, language), [i18n, language]);

  async function pick(file: File) {
    const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    const parsed = parseCsv(text);
    if (parsed.headers.length === 0 || parsed.rows.length === 0) {
      setStage({ kind: 'pick', error: t('import.emptyFile') });
      return;
    }
    setStage({ kind: 'map', parsed, mapping: guessMapping(parsed.headers, vocabulary.headers), fileName: file.name });
  }

  const setMapping = (mapping: (CsvField | null)[]) =>
    setStage((current) => (current.kind === 'map' ? { ...current, mapping } : current));

  async function check() {
    if (stage.kind !== 'map') return;
    const { parsed, mapping } = stage;
    if (REQUIRED_IMPORT_FIELDS.some((field) => !mapping.includes(field))) return;
    const result: ValidatedRows = { valid: [], errors: [], warnings: [] };
    for (let start = 0; start < parsed.rows.length; start += VALIDATE_CHUNK) {
      if (cancelled.current) return;
      const part = validateRows(parsed, mapping, { start, end: start + VALIDATE_CHUNK, values: vocabulary.values });
      result.valid.push(...part.valid);
      result.errors.push(...part.errors);
      result.warnings.push(...part.warnings);
      setStage({
        kind: 'checking',
        done: Math.min(start + VALIDATE_CHUNK, parsed.rows.length),
        total: parsed.rows.length,
      });
      // Let the progress bar paint between chunks (no transaction is open here).
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const duplicates = await importDuplicates(result.valid);
    if (cancelled.current) return;
    setStage({ kind: 'review', review: buildReview(result, duplicates), choices: new Map() });
  }

  const setChoices = (choices: ReadonlyMap<number, DuplicateChoice>) =>
    setStage((current) => (current.kind === 'review' ? { ...current, choices } : current));

  async function run() {
    if (stage.kind !== 'review') return;
    const { rows, updates } = planImport(stage.review, stage.choices);
    setStage({ kind: 'importing', done: 0, total: rows.length + updates.length });
    try {
      const { created, updated } = await importCompanies(
        rows,
        (done, total) => setStage({ kind: 'importing', done, total }),
        { updates },
      );
      setStage({ kind: 'done', created, updated });
    } catch (error) {
      setStage({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Stops a running check (the dialog is closing); an import already writing finishes or rolls back whole. */
  const cancel = () => {
    cancelled.current = true;
  };

  return { stage, busy: stage.kind === 'importing', pick, setMapping, check, setChoices, run, cancel };
}
