import { useTranslation } from 'react-i18next';
import type { SectionProgress } from '../../domain/questionnaire';

/** The questionnaire's sections, with how many required answers each still needs. */
type Props = { progress: SectionProgress[]; current: number; showMissing: boolean; onSelect: (index: number) => void };

export function SectionNav({ progress, current, showMissing, onSelect }: Props) {
  const { t } = useTranslation('interviews');
  return (
    <nav className="section-nav" aria-label={t('questionnaire.sections')}>
      <ol>
        {progress.map((section, index) => {
          const done = section.complete && section.answered === section.required;
          const state = done
            ? t('questionnaire.done')
            : t('questionnaire.progress', { answered: section.answered, required: section.required });
          return (
            <li key={section.id}>
              <button
                type="button"
                className={`section-nav__item${index === current ? ' section-nav__item--current' : ''}${done ? ' section-nav__item--done' : ''}${section.wrong > 0 || (showMissing && section.errors > 0) ? ' section-nav__item--problem' : ''}`}
                aria-current={index === current ? 'step' : undefined}
                onClick={() => onSelect(index)}
                data-section={section.id}
              >
                <span className="section-nav__number" aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <span className="section-nav__label">{t(`sections.${section.id}.title`)}</span>
                <span className="section-nav__state">{state}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
