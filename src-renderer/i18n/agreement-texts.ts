import type { AgreementTexts } from '../domain/agreements/clauses';
import type { AgreementLanguage } from '../domain/agreements/languages';

/** Clause files, one chunk each, fetched from the app's own origin when an agreement is printed. */
const clauseFiles = import.meta.glob<AgreementTexts>('../../locales/*/agreement.json', { import: 'default' });

export async function loadAgreementTexts(
  languages: readonly AgreementLanguage[],
): Promise<Partial<Record<AgreementLanguage, AgreementTexts>>> {
  const entries = await Promise.all(
    languages.map(async (language) => {
      const load = clauseFiles[`../../locales/${language}/agreement.json`];
      if (!load) throw new Error(`No clause texts for ${language}`);
      return [language, await load()] as const;
    }),
  );
  return Object.fromEntries(entries);
}
