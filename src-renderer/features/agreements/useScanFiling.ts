import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { useAgreementWriters } from '../../data/useAgreementWriters';
import { documentLanguages } from '../../domain/agreements/languages';
import { SCAN_MAX_BYTES, SCAN_MIN_BYTES } from '../../domain/agreements/scan';
import type { Agreement } from '../../domain/model';
import { formatBytes } from '../../i18n/format';
import { sha256Hex } from './hash';
import { pdfFailureText } from './pdf-tools';
import { inspectScan, type ScanInspection } from './scan-inspection';

type Notice = { kind: 'info' | 'error'; text: string };
type Pending = {
  mode: 'attach' | 'replace';
  scan: Extract<ScanInspection, { ok: true }> & { previewUrl?: string };
};

/**
 * Filing the signed scan: the picked file is checked and shown, and only filed once confirmed.
 * `pick` takes the file input's file; `confirm` files it; `cancel` drops it.
 */
export function useScanFiling(agreement: Agreement | null | undefined, notify: (notice: Notice) => void) {
  const { t, i18n } = useTranslation('agreements');
  const { attachSignedScan, replaceSignedScan } = useAgreementWriters();
  const [pending, setPendingState] = useState<Pending | null>(null);
  // An image is previewed from a blob URL, released when the question is answered or the screen left.
  const previewUrl = useRef<string | undefined>(undefined);
  const setPending = (next: Pending | null) => {
    if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    previewUrl.current = next?.scan.previewUrl;
    setPendingState(next);
  };
  useEffect(
    () => () => {
      if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    },
    [],
  );
  const [busy, setBusy] = useState(false);
  const bytes = (n: number) => formatBytes(n, i18n.language);

  const refusal = (inspection: Exclude<ScanInspection, { ok: true }>): string => {
    switch (inspection.reason) {
      case 'tooSmall':
        return t('errors.scanTooSmall', {
          size: bytes(inspection.size),
          min: bytes(SCAN_MIN_BYTES),
        });
      case 'tooLarge':
        return t('errors.scanTooLarge', {
          size: bytes(inspection.size),
          max: bytes(SCAN_MAX_BYTES),
        });
      case 'unreadable':
        return t('errors.scanUnreadable');
      default:
        return t('errors.scanType');
    }
  };

  const pick = async (file: File | undefined, mode: Pending['mode']) => {
    if (!file || !agreement || busy) return;
    setBusy(true);
    try {
      const inspection = await inspectScan(file);
      if (inspection.ok) {
        const previewUrl =
          inspection.type === 'application/pdf'
            ? undefined
            : URL.createObjectURL(
                new Blob([inspection.bytes.slice().buffer], {
                  type: inspection.type,
                }),
              );
        setPending({ mode, scan: { ...inspection, previewUrl } });
      } else notify({ kind: 'error', text: refusal(inspection) });
    } catch (error) {
      notify({ kind: 'error', text: pdfFailureText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!pending || !agreement) return;
    setBusy(true);
    try {
      const { scan, mode } = pending;
      const stored = {
        bytes: scan.bytes,
        mimeType: scan.type,
        sha256: await sha256Hex(scan.bytes),
        languages: documentLanguages(agreement.languages, agreement.includeEnglish),
      };
      const file = mode === 'attach' ? attachSignedScan : replaceSignedScan;
      await runInBackground('status.saving', () => file(agreement.id, stored), 'status.saveFailed');
      setPending(null);
      notify({
        kind: 'info',
        text: t(mode === 'attach' ? 'detail.signedNotice' : 'detail.replacedNotice'),
      });
    } catch (error) {
      setPending(null);
      notify({ kind: 'error', text: pdfFailureText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return { pending, busy, pick, confirm, cancel: () => setPending(null) };
}
