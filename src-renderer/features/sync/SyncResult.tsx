import { useTranslation } from 'react-i18next';
import type { SyncReport } from '../../data/sync/engine';
import type { LastPush } from '../../data/sync/types';
import { formatDateTime, formatNumber } from '../../i18n/format';

/**
 * What the last run did. A run with nothing to send (often right after the automatic sync) says
 * so and names what the last run that did send sent, instead of a bare "Sent: 0".
 */
export function SyncResult({ report, lastPush }: { report: SyncReport; lastPush: LastPush | null }) {
  const { t, i18n } = useTranslation('sync');
  const language = i18n.language;
  const sent = report.pushed + report.duplicates;
  const received = formatNumber(report.received, language);
  const text =
    sent > 0
      ? t('status.done', { pushed: formatNumber(sent, language), received })
      : lastPush
        ? t('status.doneNothingNew', {
            pushed: formatNumber(lastPush.sent, language),
            at: formatDateTime(lastPush.at, language),
            received,
          })
        : t('status.doneNothingToSend', { received });
  return (
    <p className="sync__ok" data-testid="sync-result" role="status">
      {text}
    </p>
  );
}
