import type { JSONContent } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutLabel, type AppAction } from '../../intents/actions';
import { useActions } from '../../intents/useActions';
import type { Company, Interview, LcpEvent, Person } from '../../domain/model';
import { isRequired, SECTIONS, type QuestionId } from '../../domain/questionnaire';
import { formatDateTime } from '../../i18n/format';
import { AutosaveStatus } from './AutosaveStatus';
import { CompletionAlert } from './CompletionAlert';
import { HistoryPanel } from './HistoryPanel';
import { NotesEditor } from './NotesEditor';
import { PrintSummary } from './PrintSummary';
import { SectionBody } from './SectionBody';
import { SectionNav } from './SectionNav';
import { useInterviewDraft } from './useInterviewDraft';
import './interviews.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

const SHORTCUTS = { previous: 'Alt+PageUp', next: 'Alt+PageDown', print: 'Mod+P' };

type FocusTarget = 'heading' | QuestionId;

type Props = { interview: Interview; company: Company; people: Person[]; event: LcpEvent | null };

/** One interview being filled in (layout and focus; `useInterviewDraft` does the rest). Mounted per interview. */
export function InterviewEditor({ interview, company, people, event }: Props) {
  const { t, i18n } = useTranslation('interviews');
  const screenHeadingRef = useScreenFocus();
  const editor = useInterviewDraft({ interview, company, people });
  const {
    draft,
    errors,
    progress,
    sectionIndex,
    section,
    isFirst,
    isLast,
    showRequired,
    problems,
    refusals,
    justCompleted,
  } = editor;
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);

  const focusIn = (target: FocusTarget) => {
    if (target === 'heading') sectionHeading.current?.focus();
    else
      sectionRef.current
        ?.querySelector<HTMLElement>(
          `[data-question="${target}"] input, [data-question="${target}"] textarea, [data-question="${target}"] select`,
        )
        ?.focus();
  };
  // The focus moves in the commit that shows the new section, before the next key is handled.
  // Never later (a frame or a timer away): on a busy machine the user would already be typing
  // in the new section, and a late focus would send those keys to the heading.
  const pendingFocus = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    focusIn(target);
  });

  const goTo = (index: number, focus: FocusTarget = 'heading') => {
    if (editor.showSection(index) === sectionIndex) focusIn(focus);
    else pendingFocus.current = focus;
  };
  const finish = () => void editor.finish();
  const printSummary = editor.printSummary;

  const actions: AppAction[] = [
    {
      id: 'interviews.previousSection',
      labelKey: 'interviews:questionnaire.previous',
      shortcut: SHORTCUTS.previous,
      whileTyping: true,
      enabled: !isFirst,
      run: () => goTo(sectionIndex - 1),
    },
    {
      id: 'interviews.nextSection',
      labelKey: 'interviews:questionnaire.next',
      shortcut: SHORTCUTS.next,
      whileTyping: true,
      enabled: !isLast,
      run: () => goTo(sectionIndex + 1),
    },
    {
      id: 'interviews.print',
      labelKey: 'interviews:print.action',
      shortcut: SHORTCUTS.print,
      whileTyping: true,
      run: printSummary,
    },
  ];
  useActions(actions);
  const completed = interview.status === 'completed';
  // Finish went through: its buttons are gone, the notice that says so takes the focus.
  const completedNotice = useRef<HTMLParagraphElement>(null);
  // (Once both are known: the write's answer and the interview read back as completed, in either order.)
  const showsDone = justCompleted && completed;
  useEffect(() => {
    if (showsDone) completedNotice.current?.focus();
  }, [showsDone]);

  return (
    <div className="page page--wide interview" data-testid="interview">
      <header className="interview__header">
        <div>
          <h1 ref={screenHeadingRef} {...screenHeading}>
            {company.tradeName ?? company.legalName}
          </h1>
          <p className="interview__meta">
            {[
              event?.name,
              t('interview.by', { name: interview.interviewer }),
              formatDateTime(interview.startedAt, i18n.language),
            ]
              .filter(Boolean)
              .join(' · ')}
            <span className={`badge badge--${interview.status}`}>{t(`status.${interview.status}`)}</span>
          </p>
        </div>
        <div className="interview__actions">
          <AutosaveStatus state={editor.autosave.state} lastWriteMs={editor.autosave.lastWriteMs} />
          <button type="button" className="button" onClick={printSummary} title={shortcutLabel(SHORTCUTS.print)}>
            {t('print.action')}
          </button>
          {!completed ? (
            <button type="button" className="button button--primary" onClick={finish} data-testid="finish">
              {t('finish.action')}
            </button>
          ) : null}
        </div>
      </header>
      {completed ? (
        <p
          ref={completedNotice}
          tabIndex={-1}
          className="notice notice--success"
          role="status"
          data-testid="completed-notice"
        >
          {justCompleted
            ? t('finish.done')
            : t('finish.amending', {
                date: formatDateTime(interview.completedAt ?? interview.updatedAt, i18n.language),
              })}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <CompletionAlert
          problems={problems}
          refusals={refusals}
          onGoTo={(p) =>
            goTo(
              SECTIONS.findIndex((s) => s.id === p.sectionId),
              p.questionId,
            )
          }
        />
      ) : null}
      <SectionNav
        progress={progress}
        current={sectionIndex}
        showMissing={showRequired}
        onSelect={(index) => goTo(index)}
      />
      <div className="interview__columns">
        <section
          ref={sectionRef}
          className="card interview__section"
          aria-labelledby="section-title"
          data-testid={`section-${section.id}`}
        >
          <h2 id="section-title" ref={sectionHeading} tabIndex={-1}>
            {t('questionnaire.sectionOf', { n: sectionIndex + 1, total: SECTIONS.length })} ·{' '}
            {t(`sections.${section.id}.title`)}
          </h2>
          <p className="card__lead">{t(`sections.${section.id}.lead`)}</p>
          <SectionBody
            section={section}
            draft={draft}
            errors={errors}
            required={(q) => isRequired(q, draft)}
            company={company}
            people={people}
            onChange={editor.change}
          />
          <div className="form__footer interview__footer">
            <button
              type="button"
              className="button"
              onClick={() => goTo(sectionIndex - 1)}
              disabled={isFirst}
              title={shortcutLabel(SHORTCUTS.previous)}
            >
              ← {t('questionnaire.previous')}
            </button>
            {!isLast ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => goTo(sectionIndex + 1)}
                title={shortcutLabel(SHORTCUTS.next)}
              >
                {t('questionnaire.next')} →
              </button>
            ) : !completed ? (
              <button type="button" className="button button--primary" onClick={finish}>
                {t('finish.action')}
              </button>
            ) : null}
          </div>
        </section>
        <section className="card interview__notes" aria-labelledby="notes-title">
          <h2 id="notes-title">{t('notes.title')}</h2>
          <NotesEditor
            initial={interview.notes}
            labelledBy="notes-title"
            onChange={(doc: JSONContent) => editor.changeNotes(doc)}
            onBlur={editor.leaveNotes}
          />
        </section>
      </div>
      <HistoryPanel interviewId={interview.id} />
      <PrintSummary
        interview={interview}
        draft={draft}
        notes={editor.notesForPrint}
        company={company}
        event={event}
        people={people}
      />
    </div>
  );
}
