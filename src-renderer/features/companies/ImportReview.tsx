import { useTranslation } from 'react-i18next';
import type { RowIssue } from '../../domain/registry/csv';
import { parseMessage } from '../../domain/validation';
import { formatNumber } from '../../i18n/format';
import { choiceFor, type DuplicateChoice, type ImportReviewData } from './import-plan';
import { ImportDuplicates } from './ImportDuplicates';

const SHOWN_ISSUES = 500;

type Props = {
  review: ImportReviewData;
  choices: ReadonlyMap<number, DuplicateChoice>;
  onChoices: (choices: ReadonlyMap<number, DuplicateChoice>) => void;
  onImport: () => void;
  onCancel: () => void;
};

/** Valid, likely duplicate and invalid rows after the check: import the valid rows, or nothing. */
export function ImportReview({ review, choices, onChoices, onImport, onCancel }: Props) {
  const { t, i18n } = useTranslation('companies');
  const n = (value: number) => formatNumber(value, i18n.language);
  const { result, likely } = review;
  const badRows = new Set(result.errors.map((error) => error.row)).size;
  const chosen = likely.map((duplicate) => choiceFor(duplicate, choices));
  const writes = result.valid.length + chosen.filter((choice) => choice !== 'skip').length;
  return (
    <>
      <p data-testid="import-summary">
        {t('import.summary', { valid: n(result.valid.length), invalid: n(badRows), count: result.valid.length })}
        {likely.length > 0
          ? ` ${t('import.summaryDuplicates', { count: likely.length, formatted: n(likely.length) })}`
          : ''}
      </p>
      {likely.length > 0 ? <ImportDuplicates likely={likely} choices={choices} onChoices={onChoices} /> : null}
      {result.errors.length > 0 ? (
        <IssueTable issues={result.errors} caption={t('a11y.errorsTable')} testId="import-errors" />
      ) : null}
      {result.warnings.length > 0 ? (
        <>
          <h3 className="import__heading">{t('import.warningsTitle')}</h3>
          <IssueTable issues={result.warnings} caption={t('import.warningsTitle')} testId="import-warnings" />
        </>
      ) : null}
      <div className="page__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onImport}
          disabled={writes === 0}
          data-testid="import-run"
        >
          {t('import.importValid', { count: writes, formatted: n(writes) })}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="import-nothing">
          {t('import.importNothing')}
        </button>
      </div>
    </>
  );
}

/** Row (and text line, when a quoted cell spans lines), field, reason. */
function IssueTable({ issues, caption, testId }: { issues: RowIssue[]; caption: string; testId: string }) {
  const { t, i18n } = useTranslation('companies');
  const n = (value: number) => formatNumber(value, i18n.language);
  const fieldLabel = (field: string) => (field === '_row' ? t('import.wholeRow') : t(`fields.${field}`));
  return (
    <div className="error-list" data-testid={testId}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.field')}</th>
            <th scope="col">{t('import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN_ISSUES).map((issue, index) => {
            const parsed = parseMessage(issue.message);
            return (
              <tr key={index}>
                <td>
                  {issue.line === issue.row
                    ? n(issue.row)
                    : t('import.rowAndLine', { row: n(issue.row), line: n(issue.line) })}
                </td>
                <td>{fieldLabel(issue.field)}</td>
                <td>{t(parsed.key.includes(':') ? parsed.key : `validation:${parsed.key}`, parsed.params)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {issues.length > SHOWN_ISSUES ? (
        <p className="hint">{t('import.moreErrors', { count: issues.length - SHOWN_ISSUES })}</p>
      ) : null}
    </div>
  );
}
