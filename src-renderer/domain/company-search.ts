import type { Company } from './model';

/** Whether the company's legal or trade name, or a word of it, starts with the text (any case). */
export function companyNameMatches(company: Pick<Company, 'legalName' | 'tradeName'>, text: string): boolean {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return true;
  for (const name of [company.legalName, company.tradeName]) {
    if (!name) continue;
    const lower = name.toLocaleLowerCase();
    if (lower.startsWith(needle) || lower.split(/[\s\-.,&/()]+/).some((word) => word.startsWith(needle))) return true;
  }
  return false;
}
