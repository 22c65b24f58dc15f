import { useTranslation } from 'react-i18next';
import { CSV_FIELDS, type CsvField } from '../../domain/registry/csv';
import { formatNumber } from '../../i18n/format';
import { REQUIRED_IMPORT_FIELDS, type ImportStage } from './useCompanyImport';
import { TableScroll } from '../../ui/TableScroll';

/** The mapping step: the file's first rows, a field chosen per column, and what is still missing. */
export function ImportMapping({
  stage,
  onMapping,
  onCheck,
}: {
  stage: Extract<ImportStage, { kind: 'map' }>;
  onMapping: (mapping: (CsvField | null)[]) => void;
  onCheck: () => void;
}) {
  const { t, i18n } = useTranslation('companies');
  const { parsed, mapping } = stage;
  const preview = parsed.rows.slice(0, 5);
  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !mapping.includes(field));
  return (
    <>
      <p className="card__lead">
        {t('import.fileSummary', {
          file: stage.fileName,
          count: parsed.rows.length,
          formatted: formatNumber(parsed.rows.length, i18n.language),
        })}
      </p>
      {parsed.encodingSuspect ? <p className="notice notice--warn">{t('import.encodingWarning')}</p> : null}
      <TableScroll label={t('a11y.previewTable')} className="import__preview">
        <table className="table" data-testid="import-preview">
          <caption className="visually-hidden">{t('a11y.previewTable')}</caption>
          <thead>
            <tr>
              {parsed.headers.map((header, column) => (
                <th scope="col" key={column}>
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
      </TableScroll>
      {missing.length > 0 ? (
        <p className="field__error" role="alert">
          {t('import.missingColumns', { fields: missing.map((field) => t(`fields.${field}`)).join(', ') })}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        onClick={onCheck}
        disabled={missing.length > 0}
        data-testid="import-check"
      >
        {t('import.check')}
      </button>
    </>
  );
}
