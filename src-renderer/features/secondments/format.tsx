/** Small display helpers of the secondments screens. */
import type { SecondmentStatus } from '../../domain/secondments/record';
export { countryName } from '../../domain/countries';

export function personName(person: { firstName: string; lastName: string } | null | undefined): string {
  return person ? `${person.firstName} ${person.lastName}`.trim() : '';
}

export function SecondmentStatusBadge({ status, label }: { status: SecondmentStatus; label: string }) {
  return (
    <span className={`secondment-status secondment-status--${status}`} data-testid="secondment-status">
      {label}
    </span>
  );
}
