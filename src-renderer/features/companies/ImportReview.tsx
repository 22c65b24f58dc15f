import { useTranslation } from 'react-i18next';
import type { ValidatedRows } from '../../domain/registry/csv';
import { parseMessage } from '../../domain/validation';
import { formatNumber } from '../../i18n/format';

const SHOWN_ERRORS = 500;

/** Valid and invalid rows after the check: import the valid rows, or nothing. */
export function ImportReview({ result, onImport, onCancel }: { result: ValidatedRows; onImport: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('companies');
  const n = (value: number) => formatNumber(value, i18n.language);
  const badLines = new Set(result.errors.map((error) => error.line)).size;
  const fieldLabel = (field: string) => (field === '_row' ? t('import.wholeRow') : t(`fields.${field}`));
  return (
    <>
      <p data-testid="import-summary">
        {t('import.summary', { valid: n(result.valid.length), invalid: n(badLines), count: result.valid.length })}
      </p>
      {result.errors.length > 0 ? (
        <div className="error-list" data-testid="import-errors">
          <table className="table">
            <thead>
              <tr>
                <th>{t('import.line')}</th>
                <th>{t('import.field')}</th>
                <th>{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.slice(0, SHOWN_ERRORS).map((error, index) => {
                const parsed = parseMessage(error.message);
                return (
                  <tr key={index}>
                    <td>{n(error.line)}</td>
                    <td>{fieldLabel(error.field)}</td>
                    <td>{t(parsed.key.includes(':') ? parsed.key : `validation:${parsed.key}`, parsed.params)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {result.errors.length > SHOWN_ERRORS ? <p className="hint">{t('import.moreErrors', { count: result.errors.length - SHOWN_ERRORS })}</p> : null}
        </div>
      ) : null}
      <div className="page__actions">
        <button type="button" className="button button--primary" onClick={onImport} disabled={result.valid.length === 0} data-testid="import-run">
          {t('import.importValid', { count: result.valid.length, formatted: n(result.valid.length) })}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="import-nothing">
          {t('import.importNothing')}
        </button>
      </div>
    </>
  );
}
