import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Agreement,
  AgreementStatus,
  AgreementTemplate,
  AgreementVersion,
  Company,
  Match,
  Person,
} from '../domain/model';
import type { ContactPointProfile } from '../domain/contact-point';
import type { LcpDatabase } from './db';
import { useDatabase } from './DatabaseContext';
import { readSetting, SETTING_KEYS, type StoredLogo } from './settings';

/** Reads for the agreements feature. `undefined` always means "still loading". */
export type AgreementFilter = {
  status?: AgreementStatus | '';
  sendingCountry?: string;
  hostCountry?: string;
  /** Agreements whose period overlaps [from, to] (ISO dates). */
  from?: string;
  to?: string;
};

export function useAgreements(filter: AgreementFilter): Agreement[] | undefined {
  const db = useDatabase();
  const { status, sendingCountry, hostCountry, from, to } = filter;
  return useLiveQuery(
    () => queryAgreements(db, { status, sendingCountry, hostCountry, from, to }),
    [db, status, sendingCountry, hostCountry, from, to],
  );
}

/**
 * Agreements matching the filter, most recently changed first. A full country pair or a status
 * uses its index; the period keeps agreements that overlap [from, to].
 */
export async function queryAgreements(db: LcpDatabase, filter: AgreementFilter): Promise<Agreement[]> {
  const { status, sendingCountry, hostCountry, from, to } = filter;
  let collection;
  if (sendingCountry && hostCountry)
    collection = db.agreements.where('[sendingCountry+hostCountry]').equals([sendingCountry, hostCountry]);
  else if (status) collection = db.agreements.where('status').equals(status);
  else collection = db.agreements.toCollection();
  const rows = await collection
    .filter(
      (a) =>
        (!status || a.status === status) &&
        (!sendingCountry || a.sendingCountry === sendingCountry) &&
        (!hostCountry || a.hostCountry === hostCountry) &&
        (!from || !a.endDate || a.endDate >= from) &&
        (!to || !a.startDate || a.startDate <= to),
    )
    .toArray();
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function useAgreement(id: string | undefined): Agreement | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.agreements.get(id)) ?? null) : null), [db, id]);
}

export function useCompanyAgreements(companyId: string): Agreement[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [sending, hosting] = await Promise.all([
      db.agreements.where('sendingCompanyId').equals(companyId).toArray(),
      db.agreements.where('hostCompanyId').equals(companyId).toArray(),
    ]);
    return [...sending, ...hosting].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [db, companyId]);
}

/** How many amendments the agreement `rootId` has (the next one is numbered one more). */
export function useAmendmentCount(rootId: string): number | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.agreements.where('amendsAgreementId').equals(rootId).count(), [db, rootId]);
}

/** Newest first. */
export function useAgreementVersions(agreementId: string | undefined): AgreementVersion[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () =>
      agreementId
        ? db.agreementVersions
            .where('[agreementId+createdAt]')
            .between([agreementId, ''], [agreementId, '\uffff'])
            .reverse()
            .toArray()
        : [],
    [db, agreementId],
  );
}

export function useMatch(id: string | undefined): Match | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.matches.get(id)) ?? null) : null), [db, id]);
}

export function usePerson(id: string | undefined): Person | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.people.get(id)) ?? null) : null), [db, id]);
}

export type AgreementParties = { companies: Map<string, Company>; people: Map<string, Person> };

/** The companies and participants of a list of agreements, read by key in two bulk reads. */
export async function readAgreementParties(db: LcpDatabase, agreements: Agreement[]): Promise<AgreementParties> {
  const companyIds = [...new Set(agreements.flatMap((a) => [a.sendingCompanyId, a.hostCompanyId]))];
  const personIds = [...new Set(agreements.map((a) => a.participantId))];
  const [companies, people] = await Promise.all([db.companies.bulkGet(companyIds), db.people.bulkGet(personIds)]);
  return {
    companies: new Map(companies.filter((c): c is Company => c !== undefined).map((c) => [c.id, c])),
    people: new Map(people.filter((p): p is Person => p !== undefined).map((p) => [p.id, p])),
  };
}

export function useAgreementParties(agreements: Agreement[]): AgreementParties | undefined {
  const db = useDatabase();
  // The key holds every id the read depends on.
  const key = agreements.map((a) => `${a.sendingCompanyId},${a.hostCompanyId},${a.participantId}`).join(';');
  return useLiveQuery(() => readAgreementParties(db, agreements), [db, key]);
}

export function useAgreementTemplates(): AgreementTemplate[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.agreementTemplates.orderBy('name').toArray(), [db]);
}

/** Everything needed to print one agreement, read in one go. */
export async function readAgreementBundle(db: LcpDatabase, id: string) {
  const agreement = await db.agreements.get(id);
  if (!agreement) throw new Error(`agreement ${id} not found`);
  const [sending, host, participant, amended, profile, logo] = await Promise.all([
    db.companies.get(agreement.sendingCompanyId),
    db.companies.get(agreement.hostCompanyId),
    db.people.get(agreement.participantId),
    agreement.amendsAgreementId ? db.agreements.get(agreement.amendsAgreementId) : undefined,
    readSetting<ContactPointProfile>(db, SETTING_KEYS.profile),
    readSetting<StoredLogo>(db, SETTING_KEYS.logo),
  ]);
  if (!sending || !host || !participant) throw new Error(`agreement ${id} lost a party`);
  return { agreement, sending, host, participant, amendedReference: amended?.reference, profile, logo };
}
export type AgreementBundle = Awaited<ReturnType<typeof readAgreementBundle>>;

export async function readVersionBytes(
  db: LcpDatabase,
  versionId: string,
): Promise<{ bytes: Uint8Array; mimeType: string } | undefined> {
  const version = await db.agreementVersions.get(versionId);
  return version ? { bytes: new Uint8Array(await version.bytes.arrayBuffer()), mimeType: version.mimeType } : undefined;
}

export { useCompany } from './registry/useCompanies';
