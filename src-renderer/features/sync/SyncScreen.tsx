import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AppAction } from '../../intents/actions';
import { useActions } from '../../intents/useActions';
import { useSyncStatus, useSyncWriters } from '../../data/sync/useSync';
import { intentAction } from '../../intents/registry';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import { ConflictList } from './ConflictList';
import { DirectoryTable } from './DirectoryTable';
import { SyncErrorNotice } from './SyncErrorNotice';
import { SyncResult } from './SyncResult';
import { useSyncRun } from './useSyncRun';
import './sync.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

export function SyncScreen() {
  const { t, i18n } = useTranslation('sync');
  const screenHeadingRef = useScreenFocus();
  const { exportPending } = useSyncWriters();
  const status = useSyncStatus();
  const run = useSyncRun();
  const { syncNow } = run;
  const [notice, setNotice] = useState<string | null>(null);
  const language = i18n.language;
  /** Set when this screen's Sync now starts a run (not the automatic sync). */
  const askedHere = useRef(false);

  const actions = useMemo<AppAction[]>(
    () => [
      {
        ...intentAction('sync.now'),
        enabled: !run.running,
        run: () => {
          askedHere.current = true;
          void syncNow().then(() => setNotice(null));
        },
      },
      {
        id: 'sync.export',
        labelKey: 'sync:actions.export',
        run: () =>
          void (async () => {
            const file = await exportPending(new Date());
            if (!file) return setNotice(t('nothingToExport'));
            const bytes = new TextEncoder().encode(JSON.stringify(file, null, 1));
            const stamp = file.exportedAt.slice(0, 19).replace(/[:T]/g, '-');
            const result = await platform.saveFile(`lcp-desk-batches-${stamp}.json`, 'application/json', bytes);
            if (result.saved) setNotice(t('exported'));
          })(),
      },
    ],
    [exportPending, run.running, syncNow, t],
  );
  useActions(actions);
  const [syncAction, exportAction] = actions as [AppAction, AppAction];
  // A sync asked for here ends with the focus on what it says (done, or what went wrong): the button
  // is disabled while it runs, which would otherwise leave the focus nowhere.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (run.running || !askedHere.current) return;
    askedHere.current = false;
    outcomeRef.current?.focus();
  }, [run.running]);

  const progress = run.progress;
  const percent =
    progress && progress.total > 0
      ? Math.round((100 * progress.sent) / progress.total)
      : progress?.phase === 'pull'
        ? 100
        : 0;

  return (
    <div className="page sync">
      <h1 ref={screenHeadingRef} {...screenHeading}>
        {t('title')}
      </h1>
      <p className="card__lead">{t('lead')}</p>
      <div className="page__columns">
        <div className="page__main">
          <section className="card" aria-labelledby="sync-state-title">
            <h2 id="sync-state-title">{t('status.title')}</h2>
            {status === undefined ? (
              <p className="loading">{t('common:loading')}</p>
            ) : (
              <dl className="facts" data-testid="sync-facts">
                <dt>{t('status.lastSync')}</dt>
                <dd data-testid="sync-last-success">
                  {status.lastSuccessAt ? formatDateTime(status.lastSuccessAt, language) : t('status.never')}
                </dd>
                <dt>{t('status.pending')}</dt>
                <dd data-testid="sync-pending">{formatNumber(status.pending, language)}</dd>
                <dt>{t('status.directory')}</dt>
                <dd>{formatNumber(status.directory, language)}</dd>
                <dt>{t('status.editedByOffice')}</dt>
                <dd>{formatNumber(status.editedByOffice, language)}</dd>
              </dl>
            )}
            {run.running ? (
              <div className="sync__progress" data-testid="sync-progress">
                <progress max={100} value={percent} aria-label={t('status.running')} />
                <span>
                  {progress?.phase === 'pull'
                    ? t('status.pulling', { received: formatNumber(progress.received, language) })
                    : t('status.pushing', {
                        sent: formatNumber(progress?.sent ?? 0, language),
                        total: formatNumber(progress?.total ?? 0, language),
                      })}
                </span>
              </div>
            ) : null}
            <div className="sync__outcome" ref={outcomeRef} tabIndex={-1} data-testid="sync-outcome">
              {!run.running && status?.lastError ? <SyncErrorNotice error={status.lastError} /> : null}
              {!run.running && !status?.lastError && run.lastReport ? (
                <SyncResult report={run.lastReport} lastPush={status?.lastPush ?? null} />
              ) : null}
            </div>
            <div className="form__footer">
              <button
                type="button"
                className="button button--primary"
                onClick={syncAction.run}
                disabled={run.running}
                data-testid="sync-now"
              >
                {run.running ? <span className="spinner" aria-hidden="true" /> : null}
                {t('actions.syncNow')}
              </button>
              <button
                type="button"
                className="button"
                onClick={exportAction.run}
                disabled={!status || status.pending === 0}
              >
                {t('actions.export')}
              </button>
              <Link className="button" to="/settings">
                {t('actions.settings')}
              </Link>
            </div>
            {notice ? (
              <p className="field__hint" role="status">
                {notice}
              </p>
            ) : null}
            <p className="field__hint">{t('status.auto')}</p>
          </section>
          <ConflictList />
        </div>
        <div className="page__side">
          <DirectoryTable />
        </div>
      </div>
    </div>
  );
}
