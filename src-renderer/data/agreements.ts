import { changedFields } from '../domain/changes';
import type { Agreement, AgreementStatus, AgreementVersion, AgreementVersionSummary, Company } from '../domain/model';
import { checkScan, type ScanCheck } from '../domain/agreements/scan';
import {
  amendmentReference,
  canAmend,
  canReplaceScan,
  canTransition,
  isEditable,
  pipelineStatusFor,
} from '../domain/agreements/status';
import type { AgreementDraft } from '../domain/agreements/validation';
import type { LcpDatabase } from './db';
import { createRecord, RecordNotFoundError, systemClock, updateRecord, writeTables, type Clock } from './writes';

/**
 * Agreement writes. Like data/writes.ts, each one is a single transaction that stores the records
 * and their outbox entries; nothing but Dexie is awaited inside (hashes are computed before).
 */

export class AgreementLockedError extends Error {
  constructor(readonly status: AgreementStatus) {
    super(`An agreement that is ${status} cannot be edited: amend it instead`);
  }
}

export class StatusChangeError extends Error {
  constructor(
    readonly from: AgreementStatus,
    readonly to: AgreementStatus,
  ) {
    super(`An agreement cannot go from ${from} to ${to}`);
  }
}

/** The file is not a signed scan: too small, too large, or neither PDF, PNG nor JPEG by its content. */
export class ScanRejectedError extends Error {
  readonly reason: Exclude<ScanCheck, { ok: true }>['reason'];
  constructor(check: Exclude<ScanCheck, { ok: true }>) {
    super(`Not a signed scan (${check.reason}, ${check.size} bytes)`);
    this.reason = check.reason;
  }
}

function draftFields(draft: AgreementDraft, parties: { sending: Company; host: Company }) {
  return {
    sendingCompanyId: draft.sendingCompanyId,
    participantId: draft.participantId,
    hostCompanyId: draft.hostCompanyId,
    sendingCountry: parties.sending.country,
    hostCountry: parties.host.country,
    startDate: draft.startDate,
    endDate: draft.endDate,
    terms: { ...draft.terms },
    languages: [...draft.languages],
    includeEnglish: draft.includeEnglish,
    layout: draft.layout,
  };
}

export function createAgreement(
  db: LcpDatabase,
  draft: AgreementDraft,
  parties: { sending: Company; host: Company },
  reference: string,
  origin: { matchId?: string } = {},
  clock: Clock = systemClock,
): Promise<Agreement> {
  const fields = {
    reference,
    status: 'draft' as const,
    ...draftFields(draft, parties),
    ...(origin.matchId ? { matchId: origin.matchId } : {}),
  };
  return createRecord(db, 'agreement', fields, clock);
}

/** Patches an agreement inside the caller's transaction (the shared write: record and outbox entry). */
async function patchAgreement(
  db: LcpDatabase,
  before: Agreement,
  patch: Partial<Agreement>,
  now: Date,
): Promise<Agreement> {
  return (await updateRecord(db, 'agreement', before.id, patch, () => now)).record;
}

/** Both companies follow the agreement's status, inside the caller's transaction (which includes companies). */
async function movePipeline(db: LcpDatabase, agreement: Agreement, status: AgreementStatus, now: Date): Promise<void> {
  const pipeline = pipelineStatusFor(status);
  if (!pipeline) return;
  for (const id of [agreement.sendingCompanyId, agreement.hostCompanyId]) {
    if (await db.companies.get(id)) await updateRecord(db, 'company', id, { status: pipeline }, () => now);
  }
}

async function mustGet(db: LcpDatabase, id: string): Promise<Agreement> {
  const agreement = await db.agreements.get(id);
  if (!agreement) throw new RecordNotFoundError('agreement', id);
  return agreement;
}

/**
 * Saves an edited draft. A signed agreement refuses (AgreementLockedError); an edited generated
 * agreement goes back to draft, since its PDF no longer says what the record says.
 */
export function updateAgreementDraft(
  db: LcpDatabase,
  id: string,
  draft: AgreementDraft,
  parties: { sending: Company; host: Company },
  clock: Clock = systemClock,
): Promise<{ agreement: Agreement; changed: boolean }> {
  return db.transaction('rw', [db.agreements, db.outbox, db.meta], async () => {
    const before = await mustGet(db, id);
    if (!isEditable(before.status)) throw new AgreementLockedError(before.status);
    const fields = draftFields(draft, parties);
    if (Object.keys(changedFields({ ...before, ...fields }, before)).length === 0)
      return { agreement: before, changed: false };
    const agreement = await patchAgreement(db, before, { ...fields, status: 'draft' }, clock());
    return { agreement, changed: true };
  });
}

export type StoredPdf = { bytes: Uint8Array; sha256: string; mimeType: string; languages: string[] };

function summary(version: AgreementVersion, size: number): AgreementVersionSummary {
  return {
    id: version.id,
    createdAt: version.createdAt,
    sha256: version.sha256,
    languages: version.languages,
    mimeType: version.mimeType,
    size,
  };
}

function toBlob(bytes: Uint8Array, mimeType: string): Blob {
  return new Blob([bytes.slice().buffer], { type: mimeType });
}

/** Stores a generated PDF as a new version; a draft becomes `generated`. */
export function storeGeneratedVersion(
  db: LcpDatabase,
  agreementId: string,
  pdf: StoredPdf,
  clock: Clock = systemClock,
): Promise<AgreementVersion> {
  const bytes = toBlob(pdf.bytes, pdf.mimeType);
  return db.transaction('rw', [db.agreements, db.agreementVersions, db.outbox, db.meta], async () => {
    const before = await mustGet(db, agreementId);
    if (!isEditable(before.status)) throw new AgreementLockedError(before.status);
    const now = clock();
    const version: AgreementVersion = {
      id: crypto.randomUUID(),
      agreementId,
      createdAt: now.toISOString(),
      kind: 'generated',
      languages: pdf.languages,
      sha256: pdf.sha256,
      mimeType: pdf.mimeType,
      bytes,
    };
    await db.agreementVersions.add(version);
    await patchAgreement(db, before, { status: 'generated', latestVersion: summary(version, pdf.bytes.length) }, now);
    return version;
  });
}

/** Moves an agreement along its life cycle; the companies' pipeline follows in the same transaction. */
export function changeAgreementStatus(
  db: LcpDatabase,
  id: string,
  to: AgreementStatus,
  clock: Clock = systemClock,
): Promise<Agreement> {
  return db.transaction('rw', writeTables(db, 'agreement', 'company'), async () => {
    const before = await mustGet(db, id);
    if (!canTransition(before.status, to) || to === 'signed' || to === 'generated')
      throw new StatusChangeError(before.status, to);
    const now = clock();
    const agreement = await patchAgreement(db, before, { status: to }, now);
    await movePipeline(db, agreement, to, now);
    return agreement;
  });
}

/** The scan's bytes, checked, with the type its content shows (a renamed text file is refused). */
function checkedScan(scan: StoredPdf): { blob: Blob; mimeType: string } {
  const check = checkScan(scan.bytes.length, scan.bytes.subarray(0, 8));
  if (!check.ok) throw new ScanRejectedError(check);
  return { blob: toBlob(scan.bytes, check.type), mimeType: check.type };
}

function scanVersion(
  agreementId: string,
  scan: StoredPdf,
  checked: { blob: Blob; mimeType: string },
  now: Date,
): AgreementVersion {
  return {
    id: crypto.randomUUID(),
    agreementId,
    createdAt: now.toISOString(),
    kind: 'signedScan',
    languages: scan.languages,
    sha256: scan.sha256,
    mimeType: checked.mimeType,
    bytes: checked.blob,
  };
}

/** Files the signed scan (PDF or image) and marks the agreement signed. */
export async function attachSignedScan(
  db: LcpDatabase,
  id: string,
  scan: StoredPdf,
  clock: Clock = systemClock,
): Promise<Agreement> {
  const checked = checkedScan(scan);
  return db.transaction('rw', [...writeTables(db, 'agreement', 'company'), db.agreementVersions], async () => {
    const before = await mustGet(db, id);
    if (!canTransition(before.status, 'signed')) throw new StatusChangeError(before.status, 'signed');
    const now = clock();
    const version = scanVersion(id, scan, checked, now);
    await db.agreementVersions.add(version);
    const agreement = await patchAgreement(
      db,
      before,
      { status: 'signed', signedScan: summary(version, scan.bytes.length) },
      now,
    );
    await movePipeline(db, agreement, 'signed', now);
    return agreement;
  });
}

/** Files another scan in place of one filed by mistake; the status and the companies stay as they are. */
export async function replaceSignedScan(
  db: LcpDatabase,
  id: string,
  scan: StoredPdf,
  clock: Clock = systemClock,
): Promise<Agreement> {
  const checked = checkedScan(scan);
  return db.transaction('rw', [db.agreements, db.agreementVersions, db.outbox, db.meta], async () => {
    const before = await mustGet(db, id);
    if (!canReplaceScan(before.status)) throw new StatusChangeError(before.status, before.status);
    const now = clock();
    const version = scanVersion(id, scan, checked, now);
    await db.agreementVersions.add(version);
    return patchAgreement(db, before, { signedScan: summary(version, scan.bytes.length) }, now);
  });
}

/** Starts an amendment: a new draft agreement with the signed one's content, numbered `-A<n>`. */
export function createAmendment(db: LcpDatabase, id: string, clock: Clock = systemClock): Promise<Agreement> {
  return db.transaction('rw', [db.agreements, db.outbox, db.meta], async () => {
    const original = await mustGet(db, id);
    if (!canAmend(original.status)) throw new StatusChangeError(original.status, 'draft');
    const root = original.amendsAgreementId ?? original.id;
    const existing = await db.agreements.where('amendsAgreementId').equals(root).count();
    const {
      id: _id,
      lcpId: _lcp,
      createdAt: _c,
      updatedAt: _u,
      latestVersion: _v,
      signedScan: _s,
      reference,
      ...content
    } = original;
    return createRecord(
      db,
      'agreement',
      { ...content, status: 'draft', amendsAgreementId: root, reference: amendmentReference(reference, existing + 1) },
      clock,
    );
  });
}
