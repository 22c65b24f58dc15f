import type { AgreementStatus, PipelineStatus } from '../model';

/** The agreement life cycle: which status may follow which. */
export const STATUS_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['generated', 'cancelled'],
  generated: ['generated', 'sentForSignature', 'cancelled'],
  sentForSignature: ['generated', 'signed', 'cancelled'],
  signed: ['inSecondment', 'cancelled'],
  inSecondment: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** Once signed, an agreement's text is fixed: a change is an amendment. */
export function isEditable(status: AgreementStatus): boolean {
  return status === 'draft' || status === 'generated' || status === 'sentForSignature';
}

export function canAmend(status: AgreementStatus): boolean {
  return status === 'signed' || status === 'inSecondment';
}

/**
 * A signed scan filed by mistake (another agreement's, an unsigned print) is replaced, never
 * unfiled: the paper was signed, so the status stays, and the first scan stays among the versions.
 */
export function canReplaceScan(status: AgreementStatus): boolean {
  return status === 'signed' || status === 'inSecondment';
}

/** The pipeline status both companies take when their agreement reaches a status, if any. */
export function pipelineStatusFor(status: AgreementStatus): PipelineStatus | undefined {
  switch (status) {
    case 'signed':
      return 'agreementSigned';
    case 'inSecondment':
      return 'inSecondment';
    case 'completed':
      return 'completed';
    default:
      return undefined;
  }
}

/** Reference numbers: `<country>-<year>-<4 hex>`; amendments add `-A<n>`. */
export function newReference(country: string, year: number, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 0x10000)
    .toString(16)
    .toUpperCase()
    .padStart(4, '0');
  return `${country || 'XX'}-${year}-${suffix}`;
}

export function amendmentReference(originalReference: string, amendmentNumber: number): string {
  return `${originalReference.replace(/-A\d+$/, '')}-A${amendmentNumber}`;
}
