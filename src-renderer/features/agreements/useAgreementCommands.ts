import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { useAgreementWriters } from '../../data/useAgreementWriters';
import { canTransition, isEditable } from '../../domain/agreements/status';
import type { Agreement, AgreementStatus } from '../../domain/model';
import { formatBytes } from '../../i18n/format';
import { platform } from '../../platform';
import { loadPdfTools, pdfFailureText, PdfToolsUnavailableError } from './pdf-tools';
import { useScanFiling } from './useScanFiling';

export type AgreementNotice = { kind: 'info' | 'error'; text: string; retry?: () => void } | null;

/** Starts an amendment of a signed agreement (a new draft `<reference>-A<n>`); the caller opens it. */
export function useAmend() {
  const { createAmendment } = useAgreementWriters();
  return (agreement: Agreement) =>
    runInBackground('status.saving', () => createAmendment(agreement.id), 'status.saveFailed');
}

/**
 * What can be done with one agreement, without its layout: generate a version, save or print the
 * latest, move the status, file or replace the signed scan (checked, then confirmed), amend. One
 * command runs at a time; a failure becomes a translated notice (with "try again" when the PDF
 * tools could not be loaded). `AgreementDetailScreen` renders it; tests drive it without a browser.
 */
export function useAgreementCommands(agreement: Agreement | null | undefined) {
  const { t, i18n } = useTranslation('agreements');
  const writers = useAgreementWriters();
  const amendAgreement = useAmend();
  const [notice, setNotice] = useState<AgreementNotice>(null);
  const [busy, setBusy] = useState(false);
  // A ref, not only state: two clicks in the same frame must not start two generations.
  const running = useRef(false);
  const scanFiling = useScanFiling(agreement, setNotice);
  const editable = Boolean(agreement && isEditable(agreement.status));
  useEffect(() => {
    // Load pdf-lib and the fonts while the user reads the screen, not after the click.
    if (editable)
      void loadPdfTools()
        .then((m) => m.warmUpPdf())
        .catch(() => undefined);
  }, [editable]);

  const latestPdf = async () =>
    agreement?.latestVersion ? writers.readVersionBytes(agreement.latestVersion.id) : undefined;
  const guarded = (work: () => Promise<void>) => async (): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      // The PDF chunks could not be fetched (browser mode, offline): say so, and offer to try again.
      const retry = error instanceof PdfToolsUnavailableError ? () => void guarded(work)() : undefined;
      setNotice({ kind: 'error', text: pdfFailureText(t, error), retry });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const generate = guarded(async () => {
    if (!agreement) return;
    const pdf = await runInBackground(
      'agreements:detail.generating',
      async () => {
        const { generateAgreementPdf } = await loadPdfTools();
        const result = await generateAgreementPdf(await writers.readAgreementBundle(agreement.id));
        await writers.storeGeneratedVersion(agreement.id, result);
        return result;
      },
      'status.saveFailed',
    );
    const generated = t('detail.generated', {
      ms: Math.round(pdf.ms),
      size: formatBytes(pdf.bytes.length, i18n.language),
    });
    setNotice(
      pdf.missingCharacters.length > 0
        ? {
            kind: 'error',
            text: `${generated} ${t('detail.missingCharacters', { characters: pdf.missingCharacters.join(' ') })}`,
          }
        : { kind: 'info', text: generated },
    );
  });
  const save = guarded(async () => {
    const pdf = await latestPdf();
    if (!pdf || !agreement) return;
    const name = `${agreement.reference}.pdf`;
    const { saved } = await platform.saveFile(name, pdf.mimeType, pdf.bytes);
    if (saved) setNotice({ kind: 'info', text: t('a11y.pdfSaved', { name }) });
  });
  const print = guarded(async () => {
    const pdf = await latestPdf();
    if (pdf && agreement) await platform.printPdf(agreement.reference, pdf.bytes);
  });
  const move = (to: AgreementStatus) =>
    guarded(async () => {
      if (agreement)
        await runInBackground(
          'status.saving',
          () => writers.changeAgreementStatus(agreement.id, to),
          'status.saveFailed',
        );
    })();
  /** Checks the picked file; a good one waits in `scan.pending` for `scan.confirm`. */
  const pickScan = (file: File | undefined, mode: 'attach' | 'replace') => {
    setNotice(null);
    return scanFiling.pick(file, mode);
  };

  return {
    notice,
    busy,
    editable,
    can: (to: AgreementStatus) => Boolean(agreement && canTransition(agreement.status, to)),
    generate,
    save,
    print,
    move,
    pickScan,
    scan: {
      pending: scanFiling.pending,
      busy: scanFiling.busy,
      confirm: scanFiling.confirm,
      cancel: scanFiling.cancel,
    },
    amend: () => (agreement ? amendAgreement(agreement) : Promise.reject(new Error('no agreement'))),
  };
}
