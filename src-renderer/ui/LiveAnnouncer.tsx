import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackgroundTasks } from '../intents/useBackgroundTasks';
import { announce, getAnnouncement, subscribeAnnouncements } from './announcer';

/** How long the region stays empty before a message. */
const CLEAR_MS = 100;

/**
 * The one polite live region of the app (visually hidden): reads each announcement once. Background
 * tasks' outcomes (saved, not saved, sync started, finished, failed) arrive here translated.
 */
export function LiveAnnouncer() {
  const { t } = useTranslation('common');
  const { announcement: task } = useBackgroundTasks();
  useEffect(() => {
    if (task) announce(t(task.labelKey, task.params));
    // Each task announcement once, in the language of the moment it happened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [task]);

  const current = useSyncExternalStore(subscribeAnnouncements, getAnnouncement);
  // Empty for a moment before each message, so that the same message twice is read twice.
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => setShown(current.id), CLEAR_MS);
    return () => clearTimeout(timer);
  }, [current]);
  const text = current && shown === current.id ? current.text : '';
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {text}
    </div>
  );
}
