/** Small display helpers of the agreements screens (Intl in the UI language). */
export { countryName } from '../../domain/countries';

export function personName(person: { firstName: string; lastName: string } | null | undefined): string {
  return person ? `${person.firstName} ${person.lastName}`.trim() : '';
}
