import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletionProblem } from '../../domain/questionnaire';
import { parseMessage } from '../../domain/validation';

type Props = {
  problems: CompletionProblem[];
  /** How many times "Finish" was refused: each refusal (and only a refusal) brings the focus here. */
  refusals: number;
  onGoTo: (problem: CompletionProblem) => void;
};

/** Why "Finish" was refused: each missing or wrong answer, with a way to go to it. */
export function CompletionAlert({ problems, refusals, onGoTo }: Props) {
  const { t } = useTranslation('interviews');
  const { t: tv } = useTranslation('validation');
  const heading = useRef<HTMLHeadingElement>(null);
  // Not on every change of the list: it shrinks while the user answers, and must not take their focus.
  useEffect(() => heading.current?.focus(), [refusals]);
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
