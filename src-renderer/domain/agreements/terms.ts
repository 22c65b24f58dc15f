/** The agreement's own fields beyond its parties and period (stored in `Agreement.terms`). */
export type AgreementTerms = {
  placeOfWork: string;
  mentor: string;
  objectives: string;
  tasks: string;
  expectedResults: string;
  workingTime: string;
  insurance: string;
  financialSupport: string;
  specialTerms: string;
  /** The partner organisations (contact points) of both sides; ours comes from Settings. */
  sendingPartner: string;
  hostPartner: string;
};

export const TERM_FIELDS = [
  'placeOfWork',
  'mentor',
  'objectives',
  'tasks',
  'expectedResults',
  'workingTime',
  'insurance',
  'financialSupport',
  'specialTerms',
  'sendingPartner',
  'hostPartner',
] as const satisfies readonly (keyof AgreementTerms)[];

export const EMPTY_TERMS: AgreementTerms = {
  placeOfWork: '',
  mentor: '',
  objectives: '',
  tasks: '',
  expectedResults: '',
  workingTime: '',
  insurance: '',
  financialSupport: '',
  specialTerms: '',
  sendingPartner: '',
  hostPartner: '',
};

export type DocumentLayout = 'sideBySide' | 'sequential';
