import { useTranslation } from 'react-i18next';
import type { Company, Person } from '../../domain/model';
import type { AnswerDraft, Question, QuestionId, Section } from '../../domain/questionnaire';
import { CandidateForm } from './CandidateForm';
import { CandidateList } from './CandidateList';
import { QuestionField } from './QuestionField';

type Props = {
  section: Section;
  draft: AnswerDraft;
  errors: Record<string, string>;
  required: (question: Question) => boolean;
  company: Company;
  people: Person[];
  onChange: (id: QuestionId, value: AnswerDraft[QuestionId]) => void;
};

/** The questions of one section. */
export function SectionBody({ section, draft, errors, required, company, people, onChange }: Props) {
  const { t } = useTranslation('interviews');
  const hostOnly = section.id === 'hostOffer' && draft.roleWanted === 'send';
  return (
    <div className="questions">
      {hostOnly ? <p className="notice">{t('sections.hostOffer.notForSenders')}</p> : null}
      {section.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={draft[question.id]}
          required={required(question)}
          error={errors[question.id]}
          onChange={(value) => onChange(question.id, value)}
          companyCountry={company.country}
        >
          {question.kind === 'people' ? (
            <CandidateList
              people={people}
              selected={draft.candidateIds ?? []}
              onChange={(ids) => onChange('candidateIds', ids)}
            />
          ) : null}
        </QuestionField>
      ))}
      {section.id === 'participants' ? (
        <CandidateForm
          companyId={company.id}
          onCreated={(person) => onChange('candidateIds', [...(draft.candidateIds ?? []), person.id])}
        />
      ) : null}
    </div>
  );
}
