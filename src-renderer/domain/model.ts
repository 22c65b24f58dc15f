/** The records an LCP keeps (see the domain brief). Plain types, shared by data and UI. */

import type { SyncEntityName } from '../../src-shared/protocol';
import type { FieldMapping } from './agreements/field-mapping';
import type { AgreementLanguage } from './agreements/languages';
import type { AgreementTerms, DocumentLayout } from './agreements/terms';
import type { SizeClass } from './registry/size-class';
import type { Secondment } from './secondments/record';

/** Fields every synced record carries. */
export type RecordMeta = {
  /** UUID, unique across installations. */
  id: string;
  /** The contact point that owns the record. */
  lcpId: string;
  createdAt: string;
  updatedAt: string;
};

export const PIPELINE_STATUSES = [
  'lead',
  'registered',
  'interviewed',
  'seekingMatch',
  'matched',
  'agreementSigned',
  'inSecondment',
  'completed',
  'evaluated',
  'withdrawn',
] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

export const COMPANY_ROLES = ['send', 'host', 'both'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export type Consent = {
  /** ISO date the company or person agreed to have its data stored. */
  storeGivenAt?: string;
  /** ISO date it agreed to have its profile shared with the consortium. */
  shareGivenAt?: string;
  scope?: string;
};

export type Company = RecordMeta & {
  legalName: string;
  tradeName?: string;
  country: string;
  region?: string;
  city?: string;
  address?: string;
  nationalId?: string;
  vatNumber?: string;
  website?: string;
  email?: string;
  phone?: string;
  naceSection?: string;
  naceDivision?: string;
  foundingYear?: number;
  headcount?: number;
  turnoverEur?: number;
  balanceSheetEur?: number;
  languages: string[];
  role: CompanyRole;
  status: PipelineStatus;
  consent: Consent;
  eventId?: string;
  /** The event (fair, info day) where the company was met, as typed. */
  eventName?: string;
  tags: string[];
  archivedAt?: string;
  /** Derived, local only (registry search): folded words, sort key, archived flag. Never synced. */
  searchWords?: string[];
  nameKey?: string;
  archived?: 0 | 1;
  /** Derived, local only: the size class of Recommendation 2003/361 (data/entity-rules.ts). Absent on records not written since it exists. */
  sizeClass?: SizeClass | 'unknown';
};

export const PERSON_ROLES = ['employee', 'manager', 'owner', 'contact'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export type Person = RecordMeta & {
  companyId: string;
  firstName: string;
  lastName: string;
  role: PersonRole;
  jobTitle?: string;
  email?: string;
  phone?: string;
  languages: { code: string; level: CefrLevel }[];
  candidate: boolean;
  consent: Consent;
  eventId?: string;
};

export type LcpEvent = RecordMeta & {
  name: string;
  date: string;
  place?: string;
};

export type InterviewStatus = 'inProgress' | 'completed';

export type Interview = RecordMeta & {
  companyId: string;
  eventId?: string;
  interviewer: string;
  startedAt: string;
  completedAt?: string;
  status: InterviewStatus;
  /** Structured answers keyed by question id. */
  answers: Record<string, unknown>;
  /** Rich-text notes as the editor's JSON document. */
  notes?: unknown;
};

export type MatchStatus = 'proposed' | 'reserved' | 'accepted' | 'declined';

export type Match = RecordMeta & {
  sendingCompanyId: string;
  participantId?: string;
  hostCompanyId: string;
  rationale: string;
  status: MatchStatus;
};

export const AGREEMENT_STATUSES = [
  'draft',
  'generated',
  'sentForSignature',
  'signed',
  'inSecondment',
  'completed',
  'cancelled',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export type Agreement = RecordMeta & {
  reference: string;
  status: AgreementStatus;
  matchId?: string;
  sendingCompanyId: string;
  participantId: string;
  hostCompanyId: string;
  /** The companies' countries when the agreement was written: the list filters by country pair. */
  sendingCountry: string;
  hostCountry: string;
  startDate?: string;
  endDate?: string;
  terms: AgreementTerms;
  /** The one or two chosen languages; English is added when `includeEnglish`. */
  languages: AgreementLanguage[];
  includeEnglish: boolean;
  layout: DocumentLayout;
  amendsAgreementId?: string;
  /** The last stored PDF (bytes stay on this computer, in `agreementVersions`). */
  latestVersion?: AgreementVersionSummary;
  signedScan?: AgreementVersionSummary;
};

export type AgreementVersionSummary = Pick<
  AgreementVersion,
  'id' | 'createdAt' | 'sha256' | 'languages' | 'mimeType'
> & { size: number };

/** One stored PDF of an agreement: a generation, or the signed scan. Not synced as a whole. */
export type AgreementVersion = {
  id: string;
  agreementId: string;
  createdAt: string;
  kind: 'generated' | 'signedScan';
  languages: string[];
  sha256: string;
  mimeType: string;
  bytes: Blob;
};

/** An imported PDF form (for example the central office's own) and how its fields map. Local only. */
export type AgreementTemplate = {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  fieldNames: string[];
  mapping: FieldMapping;
  bytes: Blob;
};

/**
 * Entities that sync through the outbox, each with its Dexie table: every entity of the protocol's
 * `SYNC_ENTITIES` but `settings` (a key-value table of its own). A new protocol entity fails to
 * compile here until it has its table.
 */
export const SYNCED_ENTITIES = {
  company: 'companies',
  person: 'people',
  event: 'events',
  interview: 'interviews',
  match: 'matches',
  agreement: 'agreements',
  secondment: 'secondments',
} as const satisfies Record<Exclude<SyncEntityName, 'settings'>, string>;
export type SyncedEntity = keyof typeof SYNCED_ENTITIES;

export type EntityRecord = {
  company: Company;
  person: Person;
  event: LcpEvent;
  interview: Interview;
  match: Match;
  agreement: Agreement;
  secondment: Secondment;
};
