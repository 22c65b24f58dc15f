import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../domain/model';
import { formatBytes, formatDate } from '../../i18n/format';
import { ConfirmDialog } from './ConfirmDialog';
import type { ScanInspection } from './scan-inspection';

type Accepted = Extract<ScanInspection, { ok: true }> & { previewUrl?: string };
const TYPE_NAMES: Record<Accepted['type'], string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** The picked scan, shown (an image itself; a PDF by its facts: CSP's object-src is 'none') before it is filed. */
export function ScanDialog({
  agreement,
  parties,
  scan,
  mode,
  busy,
  onConfirm,
  onCancel,
}: {
  agreement: Agreement;
  parties: { sending: string; host: string };
  scan: Accepted;
  mode: 'attach' | 'replace';
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('agreements');
  const url = scan.previewUrl;
  const content =
    scan.pages !== undefined
      ? t('scan.pageCount', { count: scan.pages })
      : t('scan.pixels', { width: scan.width ?? 0, height: scan.height ?? 0 });
  return (
    <ConfirmDialog
      title={t(mode === 'attach' ? 'scan.confirmTitle' : 'scan.replaceTitle', {
        reference: agreement.reference,
      })}
      confirmLabel={t(mode === 'attach' ? 'scan.confirm' : 'scan.confirmReplace')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="scan-dialog"
    >
      <div className={url ? 'scan-preview' : 'scan-preview scan-preview--facts-only'}>
        {url ? (
          <img src={url} alt={t('scan.previewAlt', { name: scan.name })} data-testid="scan-preview-image" />
        ) : null}
        <dl className="facts" data-testid="scan-facts">
          <dt>{t('scan.file')}</dt>
          <dd>{scan.name}</dd>
          <dt>{t('scan.type')}</dt>
          <dd>{TYPE_NAMES[scan.type]}</dd>
          <dt>{t('scan.size')}</dt>
          <dd>{formatBytes(scan.size, i18n.language)}</dd>
          <dt>{t('scan.content')}</dt>
          <dd>{content}</dd>
        </dl>
      </div>
      <p>
        {mode === 'attach'
          ? t('scan.confirmLead', {
              reference: agreement.reference,
              sending: parties.sending,
              host: parties.host,
            })
          : t('scan.replaceLead', {
              reference: agreement.reference,
              date: agreement.signedScan ? formatDate(agreement.signedScan.createdAt, i18n.language) : '',
            })}
      </p>
    </ConfirmDialog>
  );
}
