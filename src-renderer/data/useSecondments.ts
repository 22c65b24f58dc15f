/** Reads for the secondments feature. `undefined` always means "still loading". */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Agreement, Company, Person } from '../domain/model';
import { overdueList, type OverdueStep } from '../domain/secondments/overdue';
import type { Secondment, SecondmentStatus } from '../domain/secondments/record';
import type { LcpDatabase } from './db';
import { useDatabase } from './DatabaseContext';
import { localLcpId } from './identity';

export type SecondmentFilter = {
  status?: SecondmentStatus | '';
  sendingCountry?: string;
  hostCountry?: string;
  /** Secondments whose planned period touches this year. */
  year?: number;
};

/** Secondments matching the filter, soonest start first. A full country pair or a status uses its index. */
export async function querySecondments(db: LcpDatabase, filter: SecondmentFilter): Promise<Secondment[]> {
  const { status, sendingCountry, hostCountry, year } = filter;
  let collection;
  if (sendingCountry && hostCountry)
    collection = db.secondments.where('[sendingCountry+hostCountry]').equals([sendingCountry, hostCountry]);
  else if (status) collection = db.secondments.where('status').equals(status);
  else collection = db.secondments.toCollection();
  const from = year ? `${year}-01-01` : '';
  const to = year ? `${year}-12-31` : '';
  const rows = await collection
    .filter(
      (s) =>
        (!status || s.status === status) &&
        (!sendingCountry || s.sendingCountry === sendingCountry) &&
        (!hostCountry || s.hostCountry === hostCountry) &&
        (!year || ((s.actualEnd ?? s.plannedEnd) >= from && (s.actualStart ?? s.plannedStart) <= to)),
    )
    .toArray();
  return rows.sort((a, b) => a.plannedStart.localeCompare(b.plannedStart) || a.createdAt.localeCompare(b.createdAt));
}

export function useSecondments(filter: SecondmentFilter): Secondment[] | undefined {
  const db = useDatabase();
  const { status, sendingCountry, hostCountry, year } = filter;
  return useLiveQuery(
    () => querySecondments(db, { status, sendingCountry, hostCountry, year }),
    [db, status, sendingCountry, hostCountry, year],
  );
}

/** The years the secondments span (the list's period filter offers them). */
export function useSecondmentYears(): number[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const years = new Set<number>();
    await db.secondments.each((s) => {
      const first = Number((s.actualStart ?? s.plannedStart).slice(0, 4));
      const last = Number((s.actualEnd ?? s.plannedEnd).slice(0, 4));
      for (let y = first; y <= last && y - first < 10; y++) years.add(y);
    });
    return [...years].sort((a, b) => b - a);
  }, [db]);
}

export type SecondmentView = {
  secondment: Secondment;
  sending?: Company;
  host?: Company;
  participant?: Person;
  /** Agreements between the same sending and host company. */
  agreements: Agreement[];
};

export async function readSecondmentView(db: LcpDatabase, id: string): Promise<SecondmentView | null> {
  const secondment = await db.secondments.get(id);
  if (!secondment) return null;
  const [sending, host, participant, agreements] = await Promise.all([
    db.companies.get(secondment.sendingCompanyId),
    db.companies.get(secondment.hostCompanyId),
    db.people.get(secondment.participantId),
    db.agreements.where('sendingCompanyId').equals(secondment.sendingCompanyId).toArray(),
  ]);
  return {
    secondment,
    sending,
    host,
    participant,
    agreements: agreements
      .filter((a) => a.hostCompanyId === secondment.hostCompanyId)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  };
}

/** One secondment with its parties and the pair's agreements; null when there is none. */
export function useSecondmentView(id: string | undefined): SecondmentView | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? readSecondmentView(db, id) : null), [db, id]);
}

export type SecondmentNames = { companies: Map<string, Company>; people: Map<string, Person> };

/** The companies and participants of a list, in two bulk reads. */
export function useSecondmentNames(secondments: Secondment[] | undefined): SecondmentNames | undefined {
  const db = useDatabase();
  const key = (secondments ?? []).map((s) => `${s.sendingCompanyId},${s.hostCompanyId},${s.participantId}`).join(';');
  return useLiveQuery(async () => {
    const list = secondments ?? [];
    const companyIds = [...new Set(list.flatMap((s) => [s.sendingCompanyId, s.hostCompanyId]))];
    const personIds = [...new Set(list.map((s) => s.participantId))];
    const [companies, people] = await Promise.all([db.companies.bulkGet(companyIds), db.people.bulkGet(personIds)]);
    return {
      companies: new Map(companies.filter((c): c is Company => c !== undefined).map((c) => [c.id, c])),
      people: new Map(people.filter((p): p is Person => p !== undefined).map((p) => [p.id, p])),
    };
    // The key holds every id the read depends on.
  }, [db, key]);
}

export function useCompanySecondments(companyId: string): Secondment[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [sending, hosting] = await Promise.all([
      db.secondments.where('sendingCompanyId').equals(companyId).toArray(),
      db.secondments.where('hostCompanyId').equals(companyId).toArray(),
    ]);
    return [...sending, ...hosting].sort((a, b) => b.plannedStart.localeCompare(a.plannedStart));
  }, [db, companyId]);
}

export type OverdueItem = OverdueStep & { secondment: Secondment };

/** Overdue steps of the secondments still open or just ended, on `today`. */
export function useOverdueSecondments(today: string): OverdueItem[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const open = await db.secondments
      .where('status')
      .anyOf(['planned', 'underWay', 'completed', 'terminated'])
      .toArray();
    const byId = new Map(open.map((s) => [s.id, s]));
    return overdueList(open, today).map((step) => ({ ...step, secondment: byId.get(step.secondmentId)! }));
  }, [db, today]);
}

/** This installation's contact point id (to tell its own side of a secondment from the other). */
export function useLocalLcpId(): string | undefined {
  const db = useDatabase();
  return useLiveQuery(() => localLcpId(db), [db]);
}
