import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletionProblem } from '../../domain/questionnaire';
import { parseMessage } from '../../domain/validation';

/** Why "Finish" was refused: each missing or wrong answer, with a way to go to it. */
export function CompletionAlert({ problems, onGoTo }: { problems: CompletionProblem[]; onGoTo: (problem: CompletionProblem) => void }) {
  const { t } = useTranslation('interviews');
  const { t: tv } = useTranslation('validation');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [problems]);
  return (
    <div className="completion-alert" role="alert" data-testid="completion-alert">
      <h2 ref={heading} tabIndex={-1}>
        {t('finish.blocked', { count: problems.length })}
      </h2>
      <ul>
        {problems.map((problem) => {
          const parsed = parseMessage(problem.message);
          return (
            <li key={problem.questionId}>
              <button type="button" className="link-button" onClick={() => onGoTo(problem)}>
                {t(`sections.${problem.sectionId}.title`)} — {t(`questions.${problem.questionId}.label`)}
              </button>
              : {tv(parsed.key, parsed.params)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
