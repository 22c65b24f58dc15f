import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Company, Interview, LcpEvent, Person } from '../../domain/model';
import { SECTIONS, type AnswerDraft, type Question } from '../../domain/questionnaire';
import { formatDate, formatDateTime } from '../../i18n/format';
import { NotesView } from './NotesView';
import './print.css';
import { countryName } from '../../domain/countries';

type Props = {
  interview: Interview;
  draft: AnswerDraft;
  notes: unknown;
  company: Company;
  event: LcpEvent | null;
  people: Person[];
};

function answerText(question: Question, draft: AnswerDraft, people: Person[], t: TFunction, language: string): string {
  const value = draft[question.id];
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  const option = (o: string) =>
    question.id === 'preferredSectors' ? t(`nace.${o}`) : t(`options.${question.id}.${o}`);
  switch (question.kind) {
    case 'choice':
      return option(String(value));
    case 'multiChoice':
      return (value as string[]).map(option).join(', ');
    case 'countries':
      return (value as string[]).map((c) => countryName(c, language)).join(', ');
    case 'people':
      return (value as string[])
        .map((id) => people.find((p) => p.id === id))
        .map((p) => (p ? `${p.firstName} ${p.lastName}` : '?'))
        .join(', ');
    case 'boolean':
      return value === true ? t('print.yes') : t('print.no');
    case 'number':
      return t('print.months', { count: Number(String(value).replace(',', '.')), value: String(value) });
    case 'month': {
      const date = new Date(`${String(value)}-01T00:00:00Z`);
      return Number.isNaN(date.getTime())
        ? String(value)
        : new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    }
    default:
      return String(value);
  }
}

/** The interview on paper, in the UI language. Hidden on screen; the print stylesheet shows it. */
export function PrintSummary({ interview, draft, notes, company, event, people }: Props) {
  const { t, i18n } = useTranslation('interviews');
  const language = i18n.language;
  return (
    <article className="print-summary" data-testid="print-summary">
      <header>
        <h1>{t('print.title', { company: company.tradeName ?? company.legalName })}</h1>
        <dl className="facts">
          <dt>{t('print.company')}</dt>
          <dd>
            {company.legalName} ({countryName(company.country, language)})
          </dd>
          <dt>{t('print.event')}</dt>
          <dd>
            {event ? `${event.name}, ${formatDate(event.date, language)}${event.place ? `, ${event.place}` : ''}` : '—'}
          </dd>
          <dt>{t('print.interviewer')}</dt>
          <dd>{interview.interviewer}</dd>
          <dt>{t('print.started')}</dt>
          <dd>{formatDateTime(interview.startedAt, language)}</dd>
          <dt>{t('print.status')}</dt>
          <dd>
            {t(`status.${interview.status}`)}
            {interview.completedAt ? ` · ${formatDateTime(interview.completedAt, language)}` : ''}
          </dd>
        </dl>
      </header>
      {SECTIONS.map((section) => (
        <section key={section.id}>
          <h2>{t(`sections.${section.id}.title`)}</h2>
          <dl>
            {section.questions.map((question) => (
              <div key={question.id} className="print-summary__answer">
                <dt>{t(`questions.${question.id}.label`)}</dt>
                <dd>{answerText(question, draft, people, t, language)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section>
        <h2>{t('notes.title')}</h2>
        <NotesView doc={notes} />
      </section>
      <footer>{t('print.footer', { date: formatDateTime(new Date(), language) })}</footer>
    </article>
  );
}
