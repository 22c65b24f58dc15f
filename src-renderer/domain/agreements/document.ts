import type { Agreement, Company, Person } from '../model';
import { CLAUSE_IDS, fillTemplate, type AgreementTexts, type ClauseId, type LabelId } from './clauses';
import { AGREEMENT_DATE_LOCALES, type AgreementLanguage } from './languages';
import type { AgreementTerms, DocumentLayout } from './terms';

/** Everything the PDF shows, resolved per language: the renderer only lays it out. */
export type DocumentSection = { id: ClauseId; headings: string[]; texts: string[] };
export type Signatory = { roles: string[]; name: string; organisation: string };
export type AgreementDocument = {
  languages: AgreementLanguage[];
  layout: DocumentLayout;
  titles: string[];
  reference: string;
  referenceLabels: string[];
  pageLabels: string[];
  contactPointName: string;
  sections: DocumentSection[];
  signatureHeadings: string[];
  signatureLabels: Record<'name' | 'role' | 'place' | 'date' | 'signature', string[]>;
  signatories: Signatory[];
  metadata: { title: string; author: string; subject: string; language: string; keywords: string[]; createdAt: Date };
};

export type DocumentInput = {
  agreement: Pick<Agreement, 'reference' | 'startDate' | 'endDate' | 'amendsAgreementId'> & { terms: AgreementTerms };
  amendedReference?: string;
  sending: Pick<Company, 'legalName' | 'country' | 'address' | 'city'>;
  host: Pick<Company, 'legalName' | 'country' | 'address' | 'city'>;
  participant: Pick<Person, 'firstName' | 'lastName' | 'jobTitle'>;
  contactPointName: string;
  languages: AgreementLanguage[];
  layout: DocumentLayout;
  texts: Partial<Record<AgreementLanguage, AgreementTexts>>;
  createdAt: Date;
};

export function formatAgreementDate(iso: string | undefined, language: AgreementLanguage): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(AGREEMENT_DATE_LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function companyLine(company: DocumentInput['sending'], countryName: string): string {
  return [company.legalName, company.address, company.city, countryName]
    .filter((part) => part && part.trim() !== '')
    .join(', ');
}

function fieldLines(t: AgreementTexts, terms: AgreementTerms, fields: (keyof AgreementTerms & LabelId)[]): string {
  return fields
    .map((field) => {
      const value = terms[field].trim();
      const block = value.includes('\n') || /^\s*[-•*]\s/.test(value);
      return `${t.labels[field]}:${block ? `\n${value}` : ` ${value || t.labels.none}`}`;
    })
    .join('\n');
}

/** Builds the document model from the agreement, its parties and the clause texts. */
export function buildAgreementDocument(input: DocumentInput): AgreementDocument {
  const { agreement, sending, host, participant, languages } = input;
  const texts = languages.map((language) => {
    const t = input.texts[language];
    if (!t) throw new Error(`No clause texts for ${language}`);
    return t;
  });
  const participantName = `${participant.firstName} ${participant.lastName}`.trim();
  const terms = agreement.terms;
  const sectionText = (id: ClauseId, t: AgreementTexts, language: AgreementLanguage): string => {
    const countryName = (code: string) =>
      new Intl.DisplayNames([AGREEMENT_DATE_LOCALES[language], 'en'], { type: 'region' }).of(code) ?? code;
    // Some date formats end with a full stop (hr: "30. lipnja 2026."): never print two.
    const clause = fillTemplate(t.clauses[id].text, {
      participant: participantName,
      sendingSme: sending.legalName,
      hostSme: host.legalName,
      start: formatAgreementDate(agreement.startDate, language),
      end: formatAgreementDate(agreement.endDate, language),
    }).replace(/(\d)\.\./g, '$1.');
    switch (id) {
      case 'parties':
        return [
          clause,
          `- ${t.labels.participant}: ${participantName}${participant.jobTitle ? `, ${participant.jobTitle}` : ''}`,
          `- ${t.labels.sendingSme}: ${companyLine(sending, countryName(sending.country))}`,
          `- ${t.labels.hostSme}: ${companyLine(host, countryName(host.country))}`,
          `- ${t.labels.sendingPartner}: ${terms.sendingPartner}`,
          `- ${t.labels.hostPartner}: ${terms.hostPartner}`,
        ].join('\n');
      case 'placeOfWork':
        return `${clause}\n${fieldLines(t, terms, ['placeOfWork', 'mentor'])}`;
      case 'learningPlan':
        return `${clause}\n${fieldLines(t, terms, ['objectives', 'tasks', 'expectedResults'])}`;
      case 'workingTime':
        return `${clause}\n${fieldLines(t, terms, ['workingTime'])}`;
      case 'insurance':
        return `${clause}\n${fieldLines(t, terms, ['insurance'])}`;
      case 'financialSupport':
        return `${clause}\n${fieldLines(t, terms, ['financialSupport'])}`;
      case 'specialTerms':
        return `${clause}\n${terms.specialTerms.trim() || t.labels.none}`;
      default:
        return clause;
    }
  };
  const per = <T>(fn: (t: AgreementTexts, language: AgreementLanguage) => T): T[] =>
    texts.map((t, i) => fn(t, languages[i]!));
  const first = texts[0]!;
  const titles = per((t) =>
    agreement.amendsAgreementId && input.amendedReference
      ? `${t.title} — ${fillTemplate(t.labels.amendment, { reference: input.amendedReference })}`
      : t.title,
  );
  return {
    languages,
    layout: input.layout,
    titles,
    reference: agreement.reference,
    referenceLabels: per((t) => t.labels.reference),
    pageLabels: per((t) => t.labels.page),
    contactPointName: input.contactPointName,
    sections: CLAUSE_IDS.map((id) => ({
      id,
      headings: per((t) => t.clauses[id].heading),
      texts: per((t, language) => sectionText(id, t, language)),
    })),
    signatureHeadings: per((t) => t.labels.signatures),
    signatureLabels: {
      name: per((t) => t.labels.name),
      role: per((t) => t.labels.role),
      place: per((t) => t.labels.place),
      date: per((t) => t.labels.date),
      signature: per((t) => t.labels.signature),
    },
    signatories: [
      { roles: per((t) => t.labels.participant), name: participantName, organisation: sending.legalName },
      { roles: per((t) => t.labels.sendingSme), name: '', organisation: sending.legalName },
      { roles: per((t) => t.labels.hostSme), name: '', organisation: host.legalName },
      { roles: per((t) => t.labels.sendingPartner), name: '', organisation: terms.sendingPartner },
      { roles: per((t) => t.labels.hostPartner), name: '', organisation: terms.hostPartner },
    ],
    metadata: {
      title: `${titles.join(' / ')} ${agreement.reference}`,
      author: input.contactPointName,
      subject: `${first.subject}: ${participantName} — ${sending.legalName} → ${host.legalName}`,
      language: languages[0]!,
      keywords: ['MobiliseSME', agreement.reference, ...languages],
      createdAt: input.createdAt,
    },
  };
}
