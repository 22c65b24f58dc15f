import type { MenuItemConstructorOptions } from 'electron';
import { GLOBAL_INTENTS, INTENT_IDS, type IntentId, type IntentMenu } from '../src-shared/intents';
import { englishLabel } from './menu-labels';

export type MenuOptions = {
  appName: string;
  platform: NodeJS.Platform;
  isDev: boolean;
  openHelp: () => void;
  /** A menu item of a global intent was chosen: main sends its id to the page. */
  sendIntent: (id: IntentId) => void;
  /** The item's label for an intent's i18n key (English: see menu-labels.ts). */
  labelOf?: (labelKey: string) => string;
};

/** `Mod+Shift+A` (the renderer's notation) as an Electron accelerator: `CmdOrCtrl+Shift+A`. */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

function intentItems(
  menu: IntentMenu,
  { sendIntent, labelOf = englishLabel }: MenuOptions,
): MenuItemConstructorOptions[] {
  return INTENT_IDS.filter((id) => GLOBAL_INTENTS[id].menu === menu).map((id) => ({
    id: `intent:${id}`,
    label: labelOf(GLOBAL_INTENTS[id].labelKey),
    accelerator: toAccelerator(GLOBAL_INTENTS[id].shortcut),
    // Shown, but the page binds the key itself (Windows, Linux), so a shortcut typed in a text field
    // follows the same rules with or without the menu. macOS always registers it.
    registerAccelerator: false,
    click: () => sendIntent(id),
  }));
}

/** Native menus with the usual roles (and so the usual shortcuts) of each platform, and the app's global intents. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, platform, isDev, openHelp } = options;
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({
    role: 'fileMenu',
    submenu: [...intentItems('file', options), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
  });
  template.push({ role: 'editMenu' });
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (isDev) viewItems.splice(1, 0, { role: 'forceReload' }, { role: 'toggleDevTools' });
  template.push({ label: 'View', submenu: viewItems });
  template.push({ label: 'Go', submenu: intentItems('go', options) });
  template.push({ role: 'windowMenu' });
  template.push({ role: 'help', submenu: [{ label: 'MobiliseSME', click: openHelp }] });
  return template;
}
