import { afterEach, describe, expect, it } from 'vitest';
import {
  AgreementLockedError,
  attachSignedScan,
  changeAgreementStatus,
  createAgreement,
  createAmendment,
  replaceSignedScan,
  ScanRejectedError,
  StatusChangeError,
  storeGeneratedVersion,
  updateAgreementDraft,
} from '../../../src-renderer/data/agreements';
import { saveTemplate, saveTemplateMapping } from '../../../src-renderer/data/agreement-templates';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import { createRecord } from '../../../src-renderer/data/writes';
import { EMPTY_TERMS } from '../../../src-renderer/domain/agreements/terms';
import type { AgreementDraft } from '../../../src-renderer/domain/agreements/validation';
import type { Company } from '../../../src-renderer/domain/model';
import { freshDatabase } from './test-db';

let db: LcpDatabase;
afterEach(async () => {
  await db?.delete();
});

async function parties() {
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
  return { sending, host, person };
}

function draftFor(
  p: { sending: Company; host: Company; person: { id: string } },
  patch: Partial<AgreementDraft> = {},
): AgreementDraft {
  return {
    sendingCompanyId: p.sending.id,
    hostCompanyId: p.host.id,
    participantId: p.person.id,
    startDate: '2026-03-02',
    endDate: '2026-06-30',
    terms: { ...EMPTY_TERMS, mentor: 'Eleni' },
    languages: ['hr', 'el'],
    includeEnglish: false,
    layout: 'sideBySide',
    ...patch,
  };
}

const pdf = {
  bytes: new Uint8Array([37, 80, 68, 70]),
  sha256: 'ab'.repeat(32),
  mimeType: 'application/pdf',
  languages: ['hr', 'el'],
};
/** A file that starts like the real thing and is as large as a small scan. */
function scanOf(magic: number[], size = 4096, mimeType = 'application/pdf') {
  const bytes = new Uint8Array(size);
  bytes.set(magic);
  return { bytes, sha256: 'cd'.repeat(32), mimeType, languages: ['hr', 'el'] };
}
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
const JPEG_MAGIC = [0xff, 0xd8, 0xff, 0xe0];
const scan = scanOf(PDF_MAGIC);

async function sentForSignature(p: Awaited<ReturnType<typeof parties>>) {
  const agreement = await createAgreement(db, draftFor(p), p, 'HR-2026-0001');
  await storeGeneratedVersion(db, agreement.id, pdf);
  await changeAgreementStatus(db, agreement.id, 'sentForSignature');
  return agreement;
}

describe('agreement writes', () => {
  it('creates a draft with the country pair and an outbox entry', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await createAgreement(db, draftFor(p), p, 'HR-2026-0001');
    expect(agreement).toMatchObject({
      status: 'draft',
      sendingCountry: 'HR',
      hostCountry: 'GR',
      reference: 'HR-2026-0001',
    });
    expect(await db.agreements.where('[sendingCountry+hostCountry]').equals(['HR', 'GR']).count()).toBe(1);
    expect(await db.outbox.where({ entity: 'agreement', entityId: agreement.id }).count()).toBe(1);
  });

  it('remembers the match an agreement was made from', async () => {
    db = await freshDatabase();
    const p = await parties();
    const match = await createRecord(db, 'match', {
      sendingCompanyId: p.sending.id,
      participantId: p.person.id,
      hostCompanyId: p.host.id,
      rationale: 'olive oil',
      status: 'accepted',
    });
    const agreement = await createAgreement(db, draftFor(p), p, 'HR-2026-0002', { matchId: match.id });
    expect((await db.agreements.get(agreement.id))!.matchId).toBe(match.id);
  });

  it('stores each generation as a version and marks the agreement generated', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await createAgreement(db, draftFor(p), p, 'HR-2026-0001');
    const version = await storeGeneratedVersion(db, agreement.id, pdf);
    const stored = await db.agreementVersions.get(version.id);
    expect(stored).toMatchObject({
      agreementId: agreement.id,
      kind: 'generated',
      sha256: pdf.sha256,
      languages: ['hr', 'el'],
    });
    expect(stored!.bytes.size).toBe(4);
    expect(await db.agreements.get(agreement.id)).toMatchObject({
      status: 'generated',
      latestVersion: { id: version.id, size: 4 },
    });
  });

  it('signs with the scan, moves both companies to "agreement signed" in the same transaction, then refuses edits', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await createAgreement(db, draftFor(p), p, 'HR-2026-0001');
    await storeGeneratedVersion(db, agreement.id, pdf);
    await changeAgreementStatus(db, agreement.id, 'sentForSignature');
    const signed = await attachSignedScan(db, agreement.id, scanOf(JPEG_MAGIC, 4096, 'image/jpeg'));
    expect(signed.status).toBe('signed');
    expect(signed.signedScan).toMatchObject({ mimeType: 'image/jpeg', size: 4096 });
    expect((await db.companies.get(p.sending.id))!.status).toBe('agreementSigned');
    expect((await db.companies.get(p.host.id))!.status).toBe('agreementSigned');
    const companyChanges = await db.outbox
      .where('entity')
      .equals('company')
      .filter((e) => e.op === 'update')
      .toArray();
    expect(companyChanges.map((e) => e.fields)).toEqual([{ status: 'agreementSigned' }, { status: 'agreementSigned' }]);

    await expect(
      updateAgreementDraft(db, agreement.id, draftFor(p, { endDate: '2026-07-31' }), p),
    ).rejects.toBeInstanceOf(AgreementLockedError);
    await expect(storeGeneratedVersion(db, agreement.id, pdf)).rejects.toBeInstanceOf(AgreementLockedError);
    expect((await db.agreements.get(agreement.id))!.endDate).toBe('2026-06-30');

    await changeAgreementStatus(db, agreement.id, 'inSecondment');
    expect((await db.companies.get(p.host.id))!.status).toBe('inSecondment');
  });

  it('refuses to skip steps of the life cycle', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await createAgreement(db, draftFor(p), p, 'HR-2026-0001');
    await expect(changeAgreementStatus(db, agreement.id, 'inSecondment')).rejects.toBeInstanceOf(StatusChangeError);
    await expect(attachSignedScan(db, agreement.id, scan)).rejects.toBeInstanceOf(StatusChangeError);
    expect(await db.agreementVersions.count()).toBe(0);
  });

  it('refuses a 10-byte text file named scan.pdf: nothing filed, the agreement and both companies stay as they were', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await sentForSignature(p);
    const text = {
      bytes: new TextEncoder().encode('not a pdf\n'),
      sha256: 'ef'.repeat(32),
      mimeType: 'application/pdf',
      languages: ['hr'],
    };
    expect(text.bytes.length).toBe(10);
    await expect(attachSignedScan(db, agreement.id, text)).rejects.toMatchObject({ reason: 'tooSmall' });
    await expect(attachSignedScan(db, agreement.id, scanOf([0x3c, 0x68, 0x74, 0x6d, 0x6c]))).rejects.toMatchObject({
      reason: 'notScan',
    });
    await expect(attachSignedScan(db, agreement.id, scanOf(PDF_MAGIC, 25 * 1024 * 1024 + 1))).rejects.toBeInstanceOf(
      ScanRejectedError,
    );
    expect((await db.agreements.get(agreement.id))!.status).toBe('sentForSignature');
    expect((await db.companies.get(p.sending.id))!.status).toBe('matched');
    expect(await db.agreementVersions.filter((v) => v.kind === 'signedScan').count()).toBe(0);
  });

  it('files the type the content shows, not the one the file name claims', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await sentForSignature(p);
    const signed = await attachSignedScan(db, agreement.id, scanOf(JPEG_MAGIC, 2048, 'application/pdf'));
    expect(signed.signedScan?.mimeType).toBe('image/jpeg');
  });

  it('replaces a scan filed by mistake: the agreement stays signed, the first scan stays in the versions', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await sentForSignature(p);
    const first = await attachSignedScan(db, agreement.id, scan);
    const companyWrites = await db.outbox.where('entity').equals('company').count();
    const replaced = await replaceSignedScan(db, agreement.id, scanOf(JPEG_MAGIC, 8192, 'image/jpeg'));
    expect(replaced).toMatchObject({ status: 'signed', signedScan: { mimeType: 'image/jpeg', size: 8192 } });
    expect(replaced.signedScan!.id).not.toBe(first.signedScan!.id);
    expect(await db.agreementVersions.filter((v) => v.kind === 'signedScan').count()).toBe(2);
    // The companies were signed already: replacing the scan writes nothing about them.
    expect(await db.outbox.where('entity').equals('company').count()).toBe(companyWrites);
    await expect(replaceSignedScan(db, agreement.id, scanOf([0x00, 0x01]))).rejects.toBeInstanceOf(ScanRejectedError);
  });

  it('replaces no scan before signing nor after completion', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await sentForSignature(p);
    await expect(replaceSignedScan(db, agreement.id, scan)).rejects.toBeInstanceOf(StatusChangeError);
    await attachSignedScan(db, agreement.id, scan);
    await changeAgreementStatus(db, agreement.id, 'inSecondment');
    await changeAgreementStatus(db, agreement.id, 'completed');
    await expect(replaceSignedScan(db, agreement.id, scan)).rejects.toBeInstanceOf(StatusChangeError);
  });

  it('amends a signed agreement as a new numbered draft, leaving the signed one as it was', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await createAgreement(db, draftFor(p), p, 'HR-2026-0001');
    await storeGeneratedVersion(db, agreement.id, pdf);
    await changeAgreementStatus(db, agreement.id, 'sentForSignature');
    await attachSignedScan(db, agreement.id, scan);
    const first = await createAmendment(db, agreement.id);
    expect(first).toMatchObject({
      status: 'draft',
      amendsAgreementId: agreement.id,
      reference: 'HR-2026-0001-A1',
      endDate: '2026-06-30',
    });
    expect(first.latestVersion).toBeUndefined();
    const { agreement: edited } = await updateAgreementDraft(db, first.id, draftFor(p, { endDate: '2026-07-31' }), p);
    expect(edited.endDate).toBe('2026-07-31');
    expect((await db.agreements.get(agreement.id))!).toMatchObject({ status: 'signed', endDate: '2026-06-30' });
    expect((await createAmendment(db, agreement.id)).reference).toBe('HR-2026-0001-A2');
  });

  it('sends an edited generated agreement back to draft, and writes nothing for an unchanged one', async () => {
    db = await freshDatabase();
    const p = await parties();
    const agreement = await createAgreement(db, draftFor(p), p, 'HR-2026-0001');
    await storeGeneratedVersion(db, agreement.id, pdf);
    const unchanged = await updateAgreementDraft(db, agreement.id, draftFor(p), p);
    expect(unchanged.changed).toBe(false);
    const { agreement: edited } = await updateAgreementDraft(
      db,
      agreement.id,
      draftFor(p, { layout: 'sequential' }),
      p,
    );
    expect(edited.status).toBe('draft');
  });

  it('keeps a form template with its field mapping', async () => {
    db = await freshDatabase();
    const template = await saveTemplate(db, {
      name: 'Central office form',
      bytes: pdf.bytes,
      fieldNames: ['a', 'b'],
      mapping: { a: 'mentor', b: '' },
    });
    await saveTemplateMapping(db, template.id, { a: 'mentor', b: 'reference' });
    expect((await db.agreementTemplates.get(template.id))!.mapping).toEqual({ a: 'mentor', b: 'reference' });
  });
});
