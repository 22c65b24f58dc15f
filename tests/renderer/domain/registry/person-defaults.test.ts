import { describe, expect, it } from 'vitest';
import { PERSON_ROLES, type PersonRole } from '../../../../src-renderer/domain/model';
import { EMPTY_PERSON_DRAFT } from '../../../../src-renderer/domain/registry/company-schema';
import { candidateByDefault, withRole } from '../../../../src-renderer/domain/registry/person-defaults';

describe('candidate for secondment, by default', () => {
  it.each<[PersonRole, boolean]>([
    ['employee', true],
    ['manager', true],
    ['owner', false],
    ['contact', false],
  ])('a new %s starts as candidate: %s', (role, expected) => {
    expect(candidateByDefault(role)).toBe(expected);
    expect(withRole(EMPTY_PERSON_DRAFT, role, false).candidate).toBe(expected);
  });

  it('covers every role', () => {
    expect(PERSON_ROLES.map((role) => candidateByDefault(role))).toEqual([true, true, false, false]);
  });

  it('the empty form matches its default role', () => {
    expect(EMPTY_PERSON_DRAFT.candidate).toBe(candidateByDefault(EMPTY_PERSON_DRAFT.role));
  });

  it('keeps a tick set by hand when the role changes', () => {
    const ticked = { ...withRole(EMPTY_PERSON_DRAFT, 'contact', false), candidate: true };
    expect(withRole(ticked, 'owner', true).candidate).toBe(true);
    const unticked = { ...EMPTY_PERSON_DRAFT, candidate: false };
    expect(withRole(unticked, 'manager', true).candidate).toBe(false);
  });
});
