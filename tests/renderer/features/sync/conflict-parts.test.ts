import { describe, expect, it } from 'vitest';
import { differingParts } from '../../../../src-renderer/features/sync/conflict-parts';

describe('conflict values as shown', () => {
  it('shows plain values as they are, and empty ones as empty', () => {
    expect(differingParts('Kranj', null, '(empty)')).toEqual({ mine: 'Kranj', theirs: '(empty)' });
  });
  it('shows only the differing parts of a structured value, one per line', () => {
    const mine = { organisationName: 'SBTH', contactPerson: 'Nikos', country: 'GR' };
    const theirs = { organisationName: 'SBTH (Larisa)', contactPerson: 'Eleni', country: 'GR' };
    expect(differingParts(mine, theirs, '-')).toEqual({
      mine: 'organisationName: SBTH\ncontactPerson: Nikos',
      theirs: 'organisationName: SBTH (Larisa)\ncontactPerson: Eleni',
    });
  });
});
