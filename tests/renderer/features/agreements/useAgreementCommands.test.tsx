// @vitest-environment jsdom
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAgreement } from '../../../../src-renderer/data/agreements';
import { DatabaseProvider } from '../../../../src-renderer/data/DatabaseContext';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { useAgreement } from '../../../../src-renderer/data/useAgreements';
import { createRecord } from '../../../../src-renderer/data/writes';
import { EMPTY_TERMS } from '../../../../src-renderer/domain/agreements/terms';
import type { Agreement } from '../../../../src-renderer/domain/model';
import { useAgreementCommands } from '../../../../src-renderer/features/agreements/useAgreementCommands';
import { initI18n } from '../../../../src-renderer/i18n';
import { platform } from '../../../../src-renderer/platform';
import { freshDatabase } from '../../data/test-db';

const FONTS = path.resolve(__dirname, '../../../../resources/fonts');

/** The app fetches its bundled fonts from its own origin; here they come from resources/fonts. */
function serveFonts() {
  vi.stubGlobal('fetch', async (url: string | URL) => {
    const file = path.basename(String(url).split('?')[0]!);
    return new Response(readFileSync(path.join(FONTS, file)));
  });
}

let db: LcpDatabase;
let agreement: Agreement;
let companyIds: string[];

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  // Under jsdom, buffers made by the page's code come from another realm than Node's Web Crypto
  // accepts: the digest gets a copy (the browser has one realm and needs none).
  const digest = (algorithm: AlgorithmIdentifier, data: BufferSource) =>
    webcrypto.subtle.digest(algorithm, Uint8Array.from(new Uint8Array(ArrayBuffer.isView(data) ? data.buffer : data)));
  // IndexedDB (fake-indexeddb) clones Node's Blob, not jsdom's: stored PDFs and scans are Node Blobs.
  vi.stubGlobal('Blob', NodeBlob);
  vi.stubGlobal('File', NodeFile);
  vi.stubGlobal('crypto', {
    randomUUID: () => webcrypto.randomUUID(),
    getRandomValues: (a: Uint8Array) => webcrypto.getRandomValues(a),
    subtle: { digest },
  });
  db = await freshDatabase();
  const base = { languages: [], role: 'both' as const, status: 'matched' as const, consent: {}, tags: [] };
  const sending = await createRecord(db, 'company', { ...base, legalName: 'Čokolada d.o.o.', country: 'HR' });
  const host = await createRecord(db, 'company', { ...base, legalName: 'Ελαιουργία Α.Ε.', country: 'GR' });
  const person = await createRecord(db, 'person', {
    companyId: sending.id,
    firstName: 'Željka',
    lastName: 'Šimić',
    role: 'employee',
    languages: [],
    candidate: true,
    consent: {},
  });
  companyIds = [sending.id, host.id];
  agreement = await createAgreement(
    db,
    {
      sendingCompanyId: sending.id,
      hostCompanyId: host.id,
      participantId: person.id,
      startDate: '2026-03-02',
      endDate: '2026-06-30',
      terms: { ...EMPTY_TERMS, mentor: 'Eleni' },
      languages: ['hr', 'el'],
      includeEnglish: false,
      layout: 'sideBySide',
    },
    { sending, host },
    'HR-2026-0001',
  );
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await db.delete();
});

const wrapper = ({ children }: { children: ReactNode }) => <DatabaseProvider db={db}>{children}</DatabaseProvider>;
/** The screen's own wiring: the live agreement into the commands. */
function render() {
  return renderHook(
    () => {
      const live = useAgreement(agreement.id);
      return { agreement: live, commands: useAgreementCommands(live) };
    },
    { wrapper },
  );
}
type Rendered = ReturnType<typeof render>['result'];
const loaded = (result: Rendered) => waitFor(() => expect(result.current.agreement).toBeTruthy());
const statusOf = async () => (await db.agreements.get(agreement.id))?.status;

describe('useAgreementCommands: the agreement screen without its layout', () => {
  it('says the PDF tools are unavailable when the fonts cannot be fetched, and offers to try again', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const { result } = render();
    await loaded(result);
    await act(() => result.current.commands.generate());
    expect(result.current.commands.notice?.kind).toBe('error');
    expect(result.current.commands.notice?.text).toMatch(/PDF/);
    expect(result.current.commands.notice?.retry).toBeTypeOf('function');
    expect(await db.agreementVersions.count()).toBe(0);
    expect(await statusOf()).toBe('draft');

    serveFonts();
    act(() => result.current.commands.notice?.retry?.());
    await waitFor(() => expect(result.current.commands.notice?.kind).toBe('info'), { timeout: 20_000 });
    expect(await statusOf()).toBe('generated');
  }, 30_000);

  it('generates a version, saves and prints it, files the signed scan once confirmed, replaces it and amends', async () => {
    serveFonts();
    const saveFile = vi.spyOn(platform, 'saveFile').mockResolvedValue(undefined as never);
    const printPdf = vi.spyOn(platform, 'printPdf').mockResolvedValue(undefined as never);
    const { result } = render();
    await loaded(result);

    await act(() => result.current.commands.generate());
    expect(result.current.commands.notice?.kind).toBe('info');
    expect(result.current.commands.notice?.text).toContain('PDF generated');
    await waitFor(() => expect(result.current.agreement?.status).toBe('generated'));
    const version = (await db.agreementVersions.toArray())[0]!;
    expect(version.kind).toBe('generated');

    await act(() => result.current.commands.save());
    expect(saveFile).toHaveBeenCalledWith('HR-2026-0001.pdf', 'application/pdf', expect.any(Uint8Array));
    const pdfBytes = saveFile.mock.calls[0]![2];
    expect(new TextDecoder().decode(pdfBytes.subarray(0, 5))).toBe('%PDF-');
    await act(() => result.current.commands.print());
    expect(printPdf).toHaveBeenCalledWith('HR-2026-0001', expect.any(Uint8Array));

    await act(() => result.current.commands.move('sentForSignature'));
    await waitFor(() => expect(result.current.agreement?.status).toBe('sentForSignature'));
    expect(result.current.commands.can('signed')).toBe(true);

    // A file too small to be a scan is refused with the reason; nothing is filed.
    await act(() =>
      result.current.commands.pickScan(
        new File([new Uint8Array(10)], 'scan.pdf', { type: 'application/pdf' }),
        'attach',
      ),
    );
    expect(result.current.commands.notice?.kind).toBe('error');
    expect(result.current.commands.notice?.text).toMatch(/too small/i);
    expect(result.current.commands.scan.pending).toBeNull();

    // A readable PDF waits for confirmation before anything is written.
    const scanFile = new File([pdfBytes.slice()], 'signed.pdf', { type: 'application/pdf' });
    await act(() => result.current.commands.pickScan(scanFile, 'attach'));
    expect(result.current.commands.notice).toBeNull();
    expect(result.current.commands.scan.pending?.mode).toBe('attach');
    expect(result.current.commands.scan.pending?.scan).toMatchObject({ name: 'signed.pdf', type: 'application/pdf' });
    expect(result.current.commands.scan.pending?.scan.pages).toBeGreaterThan(0);
    expect(await statusOf()).toBe('sentForSignature');
    await act(() => result.current.commands.scan.confirm());
    expect(result.current.commands.scan.pending).toBeNull();
    expect(result.current.commands.notice?.kind).toBe('info');
    expect(await statusOf()).toBe('signed');
    for (const id of companyIds) expect((await db.companies.get(id))?.status).toBe('agreementSigned');
    const firstScan = (await db.agreements.get(agreement.id))?.signedScan?.id;

    // Cancelling a picked replacement writes nothing; confirming one keeps the status.
    await waitFor(() => expect(result.current.agreement?.signedScan).toBeTruthy());
    await act(() => result.current.commands.pickScan(scanFile, 'replace'));
    act(() => result.current.commands.scan.cancel());
    expect((await db.agreements.get(agreement.id))?.signedScan?.id).toBe(firstScan);
    await act(() => result.current.commands.pickScan(scanFile, 'replace'));
    await act(() => result.current.commands.scan.confirm());
    const replaced = await db.agreements.get(agreement.id);
    expect(replaced?.signedScan?.id).not.toBe(firstScan);
    expect(replaced?.status).toBe('signed');

    // A move the life cycle does not allow is refused with a notice, not thrown.
    await act(() => result.current.commands.move('completed'));
    expect(result.current.commands.notice?.kind).toBe('error');
    expect(await statusOf()).toBe('signed');

    let amendment: Agreement | undefined;
    await act(async () => {
      amendment = await result.current.commands.amend();
    });
    expect(amendment).toMatchObject({ reference: 'HR-2026-0001-A1', status: 'draft', amendsAgreementId: agreement.id });
  }, 60_000);
});
