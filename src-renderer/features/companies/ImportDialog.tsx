import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { ImportMapping } from './ImportMapping';
import { ImportReview } from './ImportReview';
import { useCompanyImport } from './useCompanyImport';

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('companies');
  const { stage, busy, pick, setMapping, check, setChoices, run, cancel } = useCompanyImport();
  const n = (value: number) => formatNumber(value, i18n.language);

  const close = () => {
    cancel();
    onClose();
  };

  return (
    <div className="modal" role="presentation">
      <div
        className="modal__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        data-testid="import-dialog"
      >
        <h2 id="import-title">{t('import.title')}</h2>
        {stage.kind === 'pick' ? (
          <>
            <p className="card__lead">{t('import.lead')}</p>
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid="import-file"
              onChange={(event) => event.target.files?.[0] && void pick(event.target.files[0])}
            />
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
      </div>
    </div>
  );
}
