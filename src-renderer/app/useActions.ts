import { useEffect, useRef } from 'react';
import type { AppAction } from './actions';
import { isMacPlatform } from './actions';
import { isTypingTarget, matchesShortcut } from './shortcuts';

/** Binds the shortcuts of the given actions while the calling screen is mounted. */
export function useActions(actions: AppAction[]): void {
  const current = useRef(actions);
  useEffect(() => {
    current.current = actions;
  });
  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      for (const action of current.current) {
        if (!action.shortcut || action.enabled === false) continue;
        if (!matchesShortcut(event, action.shortcut, isMac)) continue;
        const modified = event.ctrlKey || event.metaKey || event.altKey;
        if (isTypingTarget(event.target) && !(action.whileTyping ?? modified)) continue;
        event.preventDefault();
        action.run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
