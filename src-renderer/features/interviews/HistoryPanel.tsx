import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterviewChanges } from '../../data/useInterviews';
import { interviewHistory } from '../../domain/interview-history';
import { formatDateTime } from '../../i18n/format';
import './history.css';

/** What changed when, from the interview's stored changes. */
export function HistoryPanel({ interviewId }: { interviewId: string }) {
  const { t } = useTranslation('interviews');
  const [open, setOpen] = useState(false);
  return (
    <details
      className="card history"
      data-testid="interview-history"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h2>{t('history.title')}</h2>
      </summary>
      {/* Read only while open: autosave adds a change every half second while someone types. */}
      {open ? <HistorySteps interviewId={interviewId} /> : null}
    </details>
  );
}

function HistorySteps({ interviewId }: { interviewId: string }) {
  const { t, i18n } = useTranslation('interviews');
  const changes = useInterviewChanges(interviewId);
  if (changes === undefined) return <p className="loading">{t('common:loading')}</p>;
  const steps = interviewHistory(changes).reverse();
  return (
    <ol className="history__list">
      {steps.map((step, index) => {
        // A new interview starts with the company's role filled in: not worth listing.
        const what =
          step.kind === 'started'
            ? []
            : [
                ...step.questionIds.map((id) => t(`questions.${id}.label`)),
                ...(step.notesChanged ? [t('history.notes')] : []),
              ];
        return (
          <li key={index} className={`history__step history__step--${step.kind}`}>
            <span className="history__when">{formatDateTime(step.to, i18n.language)}</span>
            <span className="history__kind">{t(`history.kinds.${step.kind}`)}</span>
            <span className="history__what">{what.join(' · ')}</span>
            <span className="history__count">
              {step.changes > 1 ? t('history.saves', { count: step.changes }) : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
