import { useTranslation } from 'react-i18next';
import { usePendingChanges } from '../data/usePendingChanges';
import { clearLastError } from '../intents/background-tasks';
import { useBackgroundTasks } from '../intents/useBackgroundTasks';

/**
 * The footer strip: what runs in the background, and how many changes wait for sync. Not a live region:
 * the count would be read out on every change; `LiveAnnouncer` says once what matters.
 */
export function StatusArea() {
  const { t } = useTranslation('common');
  const { tasks, lastError } = useBackgroundTasks();
  const pending = usePendingChanges();
  return (
    <footer className="status-area">
      <div className="status-area__tasks" data-testid="status-tasks">
        {tasks.length > 0 ? (
          <>
            <span className="spinner" aria-hidden="true" />
            {tasks.map((task) => t(task.labelKey)).join(' · ')}
          </>
        ) : lastError ? (
          <button type="button" className="status-area__error" onClick={clearLastError}>
            {t(lastError.labelKey, lastError.params)}
          </button>
        ) : (
          t('status.allSavedLocally')
        )}
      </div>
      <div className="status-area__pending" data-testid="status-pending">
        {pending === undefined ? '' : t('status.pendingChanges', { count: pending })}
      </div>
    </footer>
  );
}
