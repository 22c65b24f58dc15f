import { useEffect, useState } from 'react';
import { reportFailure } from '../../intents/background-tasks';
import { useInterviewWriters, type InterviewPatch } from '../../data/useInterviews';
import { AutosaveQueue, type AutosaveState } from '../../domain/autosave';

/**
 * One autosave queue per open interview. Pending changes are written within half a second, and
 * at once when the window loses focus, the page is hidden or left, or the interview is closed
 * (switching interviews unmounts this hook). Nothing depends on `beforeunload`, which a crash
 * or a killed process never fires.
 */
export function useInterviewAutosave(interviewId: string): {
  queue: AutosaveQueue<InterviewPatch>;
  state: AutosaveState;
  lastWriteMs: number | undefined;
} {
  const { saveInterviewDraft } = useInterviewWriters();
  const [state, setState] = useState<AutosaveState>('idle');
  const [lastWriteMs, setLastWriteMs] = useState<number>();
  const [queue] = useState(
    () =>
      new AutosaveQueue<InterviewPatch>({
        write: async (patch) => {
          const started = performance.now();
          await saveInterviewDraft(interviewId, patch);
          // Shown as a diagnostic attribute (the benchmark reads it).
          setLastWriteMs(performance.now() - started);
        },
        onStateChange: (next, error) => {
          setState(next);
          // Why it failed, in the status area (a too-large or too-deep record will not save by retrying).
          if (next === 'failed') reportFailure(error, 'status.saveFailed');
        },
      }),
  );
  useEffect(() => {
    const flush = () => void queue.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [queue]);
  return { queue, state, lastWriteMs };
}
