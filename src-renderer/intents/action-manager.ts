import type { AppAction } from './actions';
import { isMacPlatform } from './actions';
import { isTypingTarget, matchesShortcut, type KeyLike } from './shortcuts';

/**
 * One keyboard listener for the whole app and a stack of action layers: the shell's global intents
 * at the bottom, each mounted screen's actions above them. A key or an intent id runs the topmost
 * enabled action that matches, so a screen can give a global intent its own meaning there (New
 * event on the events screen opens the form in place).
 */
export type ActionLayer = { actions: () => readonly AppAction[]; base: boolean };

const layers: ActionLayer[] = [];

/** Topmost first: screens (newest first), then the base layers. */
function ordered(stack: readonly ActionLayer[]): ActionLayer[] {
  const top = stack.filter((layer) => !layer.base).reverse();
  const base = stack.filter((layer) => layer.base).reverse();
  return [...top, ...base];
}

export type KeyEventLike = KeyLike & { target: EventTarget | null };

/** The action a key press runs, if any. Pure over the given layers, so tested without a DOM. */
export function actionForKey(
  event: KeyEventLike,
  stack: readonly ActionLayer[],
  isMac: boolean,
): AppAction | undefined {
  const modified = event.ctrlKey || event.metaKey || event.altKey;
  const typing = isTypingTarget(event.target);
  for (const layer of ordered(stack)) {
    for (const action of layer.actions()) {
      if (!action.shortcut || action.enabled === false) continue;
      if (!matchesShortcut(event, action.shortcut, isMac)) continue;
      if (typing && !(action.whileTyping ?? modified)) continue;
      return action;
    }
  }
  return undefined;
}

/** The action an intent id (from the native menu, or a button) runs: the topmost one with that id. */
export function actionForId(id: string, stack: readonly ActionLayer[]): AppAction | undefined {
  for (const layer of ordered(stack)) {
    const action = layer.actions().find((candidate) => candidate.id === id);
    if (action) return action.enabled === false ? undefined : action;
  }
  return undefined;
}

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented) return;
  const action = actionForKey(event, layers, isMacPlatform());
  if (!action) return;
  event.preventDefault();
  action.run();
}

/** Adds a layer; the returned function removes it. The listener exists while any layer does. */
export function bindActions(layer: ActionLayer): () => void {
  if (layers.length === 0 && typeof window !== 'undefined') window.addEventListener('keydown', onKeyDown);
  layers.push(layer);
  return () => {
    const index = layers.indexOf(layer);
    if (index >= 0) layers.splice(index, 1);
    if (layers.length === 0 && typeof window !== 'undefined') window.removeEventListener('keydown', onKeyDown);
  };
}

/** Runs an intent by id as the current screen understands it. False when nothing ran it. */
export function runIntent(id: string): boolean {
  const action = actionForId(id, layers);
  if (!action) return false;
  action.run();
  return true;
}
