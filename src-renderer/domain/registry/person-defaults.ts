/** Defaults of a new person's form. */
import type { PersonRole } from '../model';
import type { PersonDraft } from './company-schema';

/**
 * Employees and managers are who the programme usually seconds, so they start as candidates;
 * owners and company contacts do not (an owner can still be ticked by hand).
 */
export function candidateByDefault(role: PersonRole): boolean {
  return role === 'employee' || role === 'manager';
}

/** The draft with another role: the candidate tick follows the role until someone sets it by hand. */
export function withRole(draft: PersonDraft, role: PersonRole, candidateSetByHand: boolean): PersonDraft {
  return { ...draft, role, candidate: candidateSetByHand ? draft.candidate : candidateByDefault(role) };
}
