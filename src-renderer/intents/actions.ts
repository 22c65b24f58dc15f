/**
 * User intents (new company, start interview, sync now, print...) as declarative actions, so a
 * button, a shortcut and a menu entry share one definition. A screen lists its actions and
 * passes them to `useActions`; buttons call `action.run()` and show `t(action.labelKey)`.
 */
export type AppAction = {
  id: string;
  /** i18n key, with its namespace: `companies:actions.new`. */
  labelKey: string;
  /** For example `Mod+N` or `/`; see shortcuts.ts. */
  shortcut?: string;
  /** Fire the shortcut even while the focus is in a text field (for Mod+ combinations). */
  whileTyping?: boolean;
  enabled?: boolean;
  run: () => void;
};

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /mac/i.test(navigator.platform);
}

/** How to show a shortcut to the user on this platform. */
export function shortcutLabel(shortcut: string, isMac = isMacPlatform()): string {
  return shortcut.replace(/Mod/g, isMac ? '⌘' : 'Ctrl');
}
