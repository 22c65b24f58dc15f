import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { ImportMapping } from './ImportMapping';
import { ImportReview } from './ImportReview';
import { useCompanyImport } from './useCompanyImport';
import { Dialog } from '../../ui/Dialog';

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('companies');
  const { stage, busy, pick, setMapping, check, setChoices, run, cancel } = useCompanyImport();
  const n = (value: number) => formatNumber(value, i18n.language);
  const fileId = useId();

  const close = () => {
    cancel();
    onClose();
  };

  return (
    <Dialog title={t('import.title')} onClose={close} busy={busy} size="wide" testId="import-dialog">
      {stage.kind === 'pick' ? (
        <>
          <p className="card__lead">{t('import.lead')}</p>
          <div className="field">
            <label htmlFor={fileId}>{t('a11y.importFile')}</label>
            <input
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              data-testid="import-file"
              onChange={(event) => event.target.files?.[0] && void pick(event.target.files[0])}
            />
          </div>
          {stage.error ? (
            <p className="field__error" role="alert">
              {stage.error}
            </p>
          ) : null}
        </>
      ) : null}
      {stage.kind === 'map' ? (
        <ImportMapping stage={stage} onMapping={setMapping} onCheck={() => void check()} />
      ) : null}
      {stage.kind === 'checking' || stage.kind === 'importing' ? (
        <div className="progress-block">
          <p>
            {t(stage.kind === 'checking' ? 'import.checking' : 'import.importing', {
              done: n(stage.done),
              total: n(stage.total),
            })}
          </p>
          <progress max={stage.total} value={stage.done} data-testid="import-progress" />
        </div>
      ) : null}
      {stage.kind === 'review' ? (
        <ImportReview
          review={stage.review}
          choices={stage.choices}
          onChoices={setChoices}
          onImport={() => void run()}
          onCancel={close}
        />
      ) : null}
      {stage.kind === 'done' ? (
        <p role="status" data-testid="import-done">
          {t('import.done', { count: stage.created, formatted: n(stage.created) })}
          {stage.updated > 0
            ? ` ${t('import.doneUpdated', { count: stage.updated, formatted: n(stage.updated) })}`
            : ''}
        </p>
      ) : null}
      {stage.kind === 'failed' ? (
        <p className="field__error" role="alert">
          {t('import.failed', { detail: stage.detail })}
        </p>
      ) : null}
      {stage.kind === 'review' ? null : (
        <div className="form__footer">
          <button type="button" className="button" onClick={close} disabled={busy}>
            {stage.kind === 'done' ? t('import.close') : t('import.cancel')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
