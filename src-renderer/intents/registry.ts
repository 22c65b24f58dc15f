import {
  GLOBAL_INTENTS,
  INTENT_IDS,
  intentDefinition,
  type IntentCommand,
  type IntentId,
} from '../../src-shared/intents';
import type { AppAction } from './actions';
import { runIntent } from './action-manager';

export { GLOBAL_INTENTS, INTENT_IDS, isIntentId, type IntentId } from '../../src-shared/intents';

/** What running a global intent needs from the shell: how to open a route, and the commands. */
export type IntentRunners = { navigate: (route: string) => void; commands: Record<IntentCommand, () => void> };

/** The global intents as actions, run by the shell's navigation and commands. */
export function globalActions({ navigate, commands }: IntentRunners): AppAction[] {
  return INTENT_IDS.map((id) => {
    const { labelKey, shortcut, whileTyping, run } = intentDefinition(id);
    return {
      id,
      labelKey,
      shortcut,
      whileTyping,
      run: 'route' in run ? () => navigate(run.route) : commands[run.command],
    };
  });
}

/**
 * A global intent for a screen's button: the registry's label and shortcut, run as the current
 * screen understands it (the screen's own action with this id, else the global one).
 */
export function intentAction(id: IntentId): AppAction {
  const { labelKey, shortcut, whileTyping } = GLOBAL_INTENTS[id];
  return { id, labelKey, shortcut, whileTyping, run: () => void runIntent(id) };
}
