import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { platform } from '../platform';
import { runIntent } from './action-manager';
import { globalActions, type IntentRunners } from './registry';
import { useActions } from './useActions';

/**
 * Makes the global intents reachable from anywhere: their shortcuts, and the native menu's items
 * (which arrive as intent ids; the browser has no menu). Mounted once, by the shell.
 */
export function useGlobalIntents(commands: IntentRunners['commands']): void {
  const navigate = useNavigate();
  const actions = useMemo(
    () => globalActions({ navigate: (route) => void navigate(route), commands }),
    [navigate, commands],
  );
  useActions(actions, { base: true });
  useEffect(() => platform.onIntent((id) => void runIntent(id)), []);
}
