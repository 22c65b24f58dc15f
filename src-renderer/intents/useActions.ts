import { useEffect, useRef } from 'react';
import type { AppAction } from './actions';
import { bindActions } from './action-manager';

/**
 * Binds the given actions (their shortcuts, and their ids for the native menu) while the calling
 * component is mounted. `base` is for the shell's global intents, which screens override.
 */
export function useActions(actions: AppAction[], { base = false }: { base?: boolean } = {}): void {
  const current = useRef(actions);
  useEffect(() => {
    current.current = actions;
  });
  useEffect(() => bindActions({ actions: () => current.current, base }), [base]);
}
