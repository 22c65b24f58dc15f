/**
 * Erasing or deleting a company for good, with everything that belongs to it: its people, its
 * interviews, the matches, agreements and secondments it is a party to, and the agreements' stored
 * PDFs and scans. Archiving (company-writes.ts) stays the everyday choice; these two are for
 *
 * - **erasure** (GDPR, right to be forgotten; a sole trader's company is personal data): `erased`
 *   tombstones, and every outbox entry about the removed records scrubbed like `erasePerson` does
 *   (kept with their sequence numbers, marked `redacted`, only the linking ids left);
 * - **deletion** (entered by mistake): `deleted` tombstones, so the deletion reaches the hub.
 *
 * One transaction each, the word index updated inside it: nothing is half-done on failure.
 */
import type { SyncedEntity } from '../../domain/model';
import type { LcpDatabase } from '../db';
import { afterStore } from '../entity-rules';
import {
  appendChange,
  linkFields as links,
  RecordNotFoundError,
  scrubOutbox,
  systemClock,
  type Clock,
} from '../writes';

export type CompanyRemovalReason = 'deleted' | 'erased';

/** What goes with the company: the counts the confirmation names. */
export type CompanyFootprint = {
  people: number;
  interviews: number;
  agreements: number;
  matches: number;
  secondments: number;
  documents: number;
};

type Removal = { entity: SyncedEntity; id: string; lcpId: string; links: Record<string, unknown> };

const REMOVAL_TABLES = (db: LcpDatabase) => [
  db.companies,
  db.companyWords,
  db.people,
  db.interviews,
  db.matches,
  db.agreements,
  db.agreementVersions,
  db.secondments,
  db.tombstones,
  db.syncConflicts,
  db.recordClocks,
  db.outbox,
  db.meta,
];

/** The company's records, read inside the caller's transaction. */
async function collect(db: LcpDatabase, companyId: string) {
  const company = await db.companies.get(companyId);
  if (!company) throw new RecordNotFoundError('company', companyId);
  const [people, interviews, sentMatches, hostedMatches, sentAgreements, hostedAgreements, sent, hosted] =
    await Promise.all([
      db.people.where('companyId').equals(companyId).toArray(),
      db.interviews.where('companyId').equals(companyId).toArray(),
      db.matches.where('sendingCompanyId').equals(companyId).toArray(),
      db.matches.where('hostCompanyId').equals(companyId).toArray(),
      db.agreements.where('sendingCompanyId').equals(companyId).toArray(),
      db.agreements.where('hostCompanyId').equals(companyId).toArray(),
      db.secondments.where('sendingCompanyId').equals(companyId).toArray(),
      db.secondments.where('hostCompanyId').equals(companyId).toArray(),
    ]);
  const secondments = [...new Map([...sent, ...hosted].map((s) => [s.id, s])).values()];
  const matches = [...new Map([...sentMatches, ...hostedMatches].map((m) => [m.id, m])).values()];
  const agreements = [...new Map([...sentAgreements, ...hostedAgreements].map((a) => [a.id, a])).values()];
  const versionKeys =
    agreements.length > 0
      ? await db.agreementVersions
          .where('agreementId')
          .anyOf(agreements.map((a) => a.id))
          .primaryKeys()
      : [];
  return { company, people, interviews, matches, agreements, secondments, versionKeys };
}

/** Counts of what an erasure or a deletion of the company removes (for its confirmation). */
export async function companyFootprint(db: LcpDatabase, companyId: string): Promise<CompanyFootprint> {
  return db.transaction('r', REMOVAL_TABLES(db), async () => {
    const found = await collect(db, companyId);
    return {
      people: found.people.length,
      interviews: found.interviews.length,
      agreements: found.agreements.length,
      matches: found.matches.length,
      secondments: found.secondments.length,
      documents: found.versionKeys.length,
    };
  });
}

/** GDPR erasure of the company and everything that belongs to it (see the module comment). */
export function eraseCompany(
  db: LcpDatabase,
  companyId: string,
  clock: Clock = systemClock,
): Promise<CompanyFootprint> {
  return removeCompany(db, companyId, 'erased', clock);
}

/** Deletion of a company entered by mistake, with everything that belongs to it. */
export function deleteCompany(
  db: LcpDatabase,
  companyId: string,
  clock: Clock = systemClock,
): Promise<CompanyFootprint> {
  return removeCompany(db, companyId, 'deleted', clock);
}

async function removeCompany(
  db: LcpDatabase,
  companyId: string,
  reason: CompanyRemovalReason,
  clock: Clock,
): Promise<CompanyFootprint> {
  return db.transaction('rw', REMOVAL_TABLES(db), async () => {
    const { company, people, interviews, matches, agreements, secondments, versionKeys } = await collect(db, companyId);
    const removals: Removal[] = [
      // Children first, the company last: the hub receives them in this order.
      ...secondments.map((s) => ({ entity: 'secondment' as const, id: s.id, lcpId: s.lcpId, links: links(s) })),
      ...agreements.map((a) => ({ entity: 'agreement' as const, id: a.id, lcpId: a.lcpId, links: links(a) })),
      ...matches.map((m) => ({ entity: 'match' as const, id: m.id, lcpId: m.lcpId, links: links(m) })),
      ...interviews.map((i) => ({ entity: 'interview' as const, id: i.id, lcpId: i.lcpId, links: links(i) })),
      ...people.map((p) => ({ entity: 'person' as const, id: p.id, lcpId: p.lcpId, links: links(p) })),
      { entity: 'company', id: company.id, lcpId: company.lcpId, links: {} },
    ];
    await db.agreementVersions.bulkDelete(versionKeys);
    await db.secondments.bulkDelete(secondments.map((s) => s.id));
    await db.agreements.bulkDelete(agreements.map((a) => a.id));
    await db.matches.bulkDelete(matches.map((m) => m.id));
    await db.interviews.bulkDelete(interviews.map((i) => i.id));
    await db.people.bulkDelete(people.map((p) => p.id));
    await db.companies.delete(company.id);
    // Its people are gone with it: the company's own rule (word index rows) is what remains to do.
    await afterStore(db, 'company', company, undefined);
    const now = clock();
    for (const removal of removals) {
      const key: [string, string] = [removal.entity, removal.id];
      await db.tombstones.put({
        entity: removal.entity,
        entityId: removal.id,
        deletedAt: now.toISOString(),
        reason,
        lcpId: removal.lcpId,
      });
      // Local copies of the records' values kept for sync: their record is gone.
      await db.recordClocks.delete(key);
      await db.syncConflicts.where('[entity+entityId]').equals(key).delete();
      if (reason === 'erased') await scrubOutbox(db, removal.entity, removal.id, removal.links);
      await appendChange(db, removal.entity, removal.id, reason === 'erased' ? 'erase' : 'delete', removal.links, now);
    }
    return {
      people: people.length,
      interviews: interviews.length,
      agreements: agreements.length,
      matches: matches.length,
      secondments: secondments.length,
      documents: versionKeys.length,
    };
  });
}
