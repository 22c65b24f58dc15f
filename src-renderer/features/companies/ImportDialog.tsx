import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/DatabaseContext';
import { importCompanies, importDuplicates } from '../../data/registry/company-import';
import { CSV_FIELDS, guessMapping, parseCsv, validateRows, type CsvField, type ParsedCsv, type ValidatedRows } from '../../domain/registry/csv';
import { formatNumber } from '../../i18n/format';
import { buildReview, planImport, type DuplicateChoice, type ImportReviewData } from './import-plan';
import { importVocabulary } from './import-vocabulary';
import { ImportReview } from './ImportReview';

type Stage =
  | { kind: 'pick'; error?: string }
  | { kind: 'map'; parsed: ParsedCsv; mapping: (CsvField | null)[]; fileName: string }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'review'; review: ImportReviewData; choices: ReadonlyMap<number, DuplicateChoice> }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; created: number; updated: number }
  | { kind: 'failed'; detail: string };

const VALIDATE_CHUNK = 2000;

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('companies');
  const db = useDatabase();
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const cancelled = useRef(false);
  const language = i18n.language;
  const vocabulary = useMemo(() => importVocabulary(i18n, language), [i18n, language]);
  const n = (value: number) => formatNumber(value, i18n.language);

  async function pick(file: File) {
    const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    const parsed = parseCsv(text);
    if (parsed.headers.length === 0 || parsed.rows.length === 0) {
      setStage({ kind: 'pick', error: t('import.emptyFile') });
      return;
    }
    setStage({ kind: 'map', parsed, mapping: guessMapping(parsed.headers, vocabulary.headers), fileName: file.name });
  }

  async function check(parsed: ParsedCsv, mapping: (CsvField | null)[]) {
    const result: ValidatedRows = { valid: [], errors: [], warnings: [] };
    for (let start = 0; start < parsed.rows.length; start += VALIDATE_CHUNK) {
      if (cancelled.current) return;
      const part = validateRows(parsed, mapping, { start, end: start + VALIDATE_CHUNK, values: vocabulary.values });
      result.valid.push(...part.valid);
      result.errors.push(...part.errors);
      result.warnings.push(...part.warnings);
      setStage({ kind: 'checking', done: Math.min(start + VALIDATE_CHUNK, parsed.rows.length), total: parsed.rows.length });
      // Let the progress bar paint between chunks (no transaction is open here).
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const duplicates = await importDuplicates(db, result.valid);
    setStage({ kind: 'review', review: buildReview(result, duplicates), choices: new Map() });
  }

  async function run(review: ImportReviewData, choices: ReadonlyMap<number, DuplicateChoice>) {
    const { rows, updates } = planImport(review, choices);
    setStage({ kind: 'importing', done: 0, total: rows.length + updates.length });
    try {
      const { created, updated } = await importCompanies(db, rows, (done, total) => setStage({ kind: 'importing', done, total }), { updates });
      setStage({ kind: 'done', created, updated });
    } catch (error) {
      setStage({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  const close = () => {
    cancelled.current = true;
    onClose();
  };
  const busy = stage.kind === 'importing';

  return (
    <div className="modal" role="presentation">
      <div className="modal__dialog" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <h2 id="import-title">{t('import.title')}</h2>
        {stage.kind === 'pick' ? (
          <>
            <p className="card__lead">{t('import.lead')}</p>
            <input type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(event) => event.target.files?.[0] && void pick(event.target.files[0])} />
            {stage.error ? <p className="field__error" role="alert">{stage.error}</p> : null}
          </>
        ) : null}
        {stage.kind === 'map' ? (
          <ImportMapping
            stage={stage}
            onMapping={(mapping) => setStage({ ...stage, mapping })}
            onCheck={() => void check(stage.parsed, stage.mapping)}
          />
        ) : null}
        {stage.kind === 'checking' || stage.kind === 'importing' ? (
          <div className="progress-block">
            <p>{t(stage.kind === 'checking' ? 'import.checking' : 'import.importing', { done: n(stage.done), total: n(stage.total) })}</p>
            <progress max={stage.total} value={stage.done} data-testid="import-progress" />
          </div>
        ) : null}
        {stage.kind === 'review' ? (
          <ImportReview
            review={stage.review}
            choices={stage.choices}
            onChoices={(choices) => setStage({ ...stage, choices })}
            onImport={() => void run(stage.review, stage.choices)}
            onCancel={close}
          />
        ) : null}
        {stage.kind === 'done' ? (
          <p role="status" data-testid="import-done">
            {t('import.done', { count: stage.created, formatted: n(stage.created) })}
            {stage.updated > 0 ? ` ${t('import.doneUpdated', { count: stage.updated, formatted: n(stage.updated) })}` : ''}
          </p>
        ) : null}
        {stage.kind === 'failed' ? <p className="field__error" role="alert">{t('import.failed', { detail: stage.detail })}</p> : null}
        {stage.kind === 'review' ? null : (
          <div className="form__footer">
            <button type="button" className="button" onClick={close} disabled={busy}>
              {stage.kind === 'done' ? t('import.close') : t('import.cancel')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function ImportMapping({
  stage,
  onMapping,
  onCheck,
}: {
  stage: Extract<Stage, { kind: 'map' }>;
  onMapping: (mapping: (CsvField | null)[]) => void;
  onCheck: () => void;
}) {
  const { t, i18n } = useTranslation('companies');
  const { parsed, mapping } = stage;
  const preview = parsed.rows.slice(0, 5);
  const missing = (['legalName', 'country'] as const).filter((field) => !mapping.includes(field));
  return (
    <>
      <p className="card__lead">
        {t('import.fileSummary', { file: stage.fileName, count: parsed.rows.length, formatted: formatNumber(parsed.rows.length, i18n.language) })}
      </p>
      {parsed.encodingSuspect ? <p className="notice notice--warn">{t('import.encodingWarning')}</p> : null}
      <div className="table-scroll">
        <table className="table" data-testid="import-preview">
          <thead>
            <tr>
              {parsed.headers.map((header, column) => (
                <th key={column}>
                  <div className="table__header">{header}</div>
                  <select
                    aria-label={t('import.mapColumn', { column: header })}
                    value={mapping[column] ?? ''}
                    data-testid={`map-${column}`}
                    onChange={(event) => {
                      const next = [...mapping];
                      next[column] = (event.target.value || null) as CsvField | null;
                      onMapping(next);
                    }}
                  >
                    <option value="">{t('import.ignore')}</option>
                    {CSV_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`fields.${field}`)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, index) => (
              <tr key={index}>
                {parsed.headers.map((_, column) => (
                  <td key={column}>{row[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length > 0 ? (
        <p className="field__error" role="alert">
          {t('import.missingColumns', { fields: missing.map((field) => t(`fields.${field}`)).join(', ') })}
        </p>
      ) : null}
      <button type="button" className="button button--primary" onClick={onCheck} disabled={missing.length > 0} data-testid="import-check">
        {t('import.check')}
      </button>
    </>
  );
}
