/**
 * The app-wide user intents, declared once: the renderer binds their shortcuts and runs them
 * (`src-renderer/intents/`), the native menu lists them (`src-main/menu.ts`) and sends their id over
 * the one intent IPC event (`src-main/ipc/contract.ts`). Pure data, no imports, so main, the
 * sandboxed preload and the renderer can all read it.
 *
 * `run` says how an intent runs: a route to open, or a command the renderer's shell provides.
 * Route intents do not fire while the focus is in a text field (they leave the screen and would
 * drop what is being typed); a screen may bind the same id itself, and then its action wins there.
 */
export type IntentCommand = 'syncNow';
export type IntentRun = { route: string } | { command: IntentCommand };
export type IntentMenu = 'file' | 'go';

export type IntentDefinition = {
  /** i18n key with its namespace; the native menu shows its English text. */
  labelKey: string;
  /** `Mod+N` style (see src-renderer/intents/shortcuts.ts). */
  shortcut: string;
  whileTyping: boolean;
  menu: IntentMenu;
  run: IntentRun;
};

export const GLOBAL_INTENTS = {
  'companies.new': {
    labelKey: 'companies:actions.new',
    shortcut: 'Mod+N',
    whileTyping: false,
    menu: 'file',
    run: { route: '/companies/new' },
  },
  'interviews.new': {
    labelKey: 'interviews:actions.new',
    shortcut: 'Mod+Shift+I',
    whileTyping: false,
    menu: 'file',
    run: { route: '/interviews/new' },
  },
  'agreement.new': {
    labelKey: 'agreements:list.new',
    shortcut: 'Mod+Shift+A',
    whileTyping: false,
    menu: 'file',
    run: { route: '/agreements/new' },
  },
  'events.new': {
    labelKey: 'events:actions.new',
    shortcut: 'Mod+Shift+E',
    whileTyping: false,
    menu: 'file',
    run: { route: '/events?new=1' },
  },
  'sync.now': {
    labelKey: 'sync:actions.syncNow',
    shortcut: 'Mod+Shift+S',
    whileTyping: true,
    menu: 'file',
    run: { command: 'syncNow' },
  },
  'companies.find': {
    labelKey: 'companies:actions.find',
    shortcut: 'Mod+F',
    whileTyping: false,
    menu: 'go',
    run: { route: '/companies?find=1' },
  },
} as const satisfies Record<string, IntentDefinition>;

export type IntentId = keyof typeof GLOBAL_INTENTS;

export const INTENT_IDS = Object.keys(GLOBAL_INTENTS) as [IntentId, ...IntentId[]];

export function isIntentId(value: unknown): value is IntentId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(GLOBAL_INTENTS, value);
}

export function intentDefinition(id: IntentId): IntentDefinition {
  return GLOBAL_INTENTS[id];
}
