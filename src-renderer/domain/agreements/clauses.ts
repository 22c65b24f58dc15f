/**
 * The clause texts of an agreement in one language (`locales/<lang>/agreement.json`). Every
 * shipped language must have every clause and label: see `missingTexts`.
 */
export const CLAUSE_IDS = [
  'parties',
  'purpose',
  'period',
  'placeOfWork',
  'learningPlan',
  'workingTime',
  'employment',
  'insurance',
  'financialSupport',
  'confidentiality',
  'intellectualProperty',
  'earlyTermination',
  'reporting',
  'dataProtection',
  'specialTerms',
  'final',
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

export const LABEL_IDS = [
  'reference',
  'page',
  'participant',
  'sendingSme',
  'hostSme',
  'sendingPartner',
  'hostPartner',
  'country',
  'address',
  'jobTitle',
  'placeOfWork',
  'mentor',
  'objectives',
  'tasks',
  'expectedResults',
  'workingTime',
  'insurance',
  'financialSupport',
  'specialTerms',
  'none',
  'signatures',
  'name',
  'role',
  'place',
  'date',
  'signature',
  'amendment',
] as const;
export type LabelId = (typeof LABEL_IDS)[number];

/** Placeholders a clause must keep in every language. */
export const CLAUSE_PLACEHOLDERS: Partial<Record<ClauseId, string[]>> = {
  purpose: ['participant', 'sendingSme', 'hostSme'],
  period: ['start', 'end'],
};
export const LABEL_PLACEHOLDERS: Partial<Record<LabelId, string[]>> = {
  page: ['page', 'pages'],
  amendment: ['reference'],
};

export type Clause = { heading: string; text: string };
export type AgreementTexts = {
  title: string;
  subject: string;
  labels: Record<LabelId, string>;
  clauses: Record<ClauseId, Clause>;
};

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!).sort();
}

/** What a clause file lacks: missing or empty texts, lost placeholders. Empty means complete. */
export function missingTexts(texts: unknown): string[] {
  const problems: string[] = [];
  const data = (texts ?? {}) as Partial<AgreementTexts>;
  const present = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  if (!present(data.title)) problems.push('title');
  if (!present(data.subject)) problems.push('subject');
  for (const id of LABEL_IDS) {
    const label = data.labels?.[id];
    if (!present(label)) problems.push(`labels.${id}`);
    else if (placeholdersOf(label!).join() !== [...(LABEL_PLACEHOLDERS[id] ?? [])].sort().join())
      problems.push(`labels.${id}:placeholders`);
  }
  for (const id of CLAUSE_IDS) {
    const clause = data.clauses?.[id];
    if (!present(clause?.heading)) problems.push(`clauses.${id}.heading`);
    if (!present(clause?.text)) problems.push(`clauses.${id}.text`);
    else if (placeholdersOf(clause!.text).join() !== [...(CLAUSE_PLACEHOLDERS[id] ?? [])].sort().join())
      problems.push(`clauses.${id}:placeholders`);
  }
  return problems;
}

/** Replaces `{{name}}` placeholders. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
