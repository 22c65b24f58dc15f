import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  appName: string;
  platform: NodeJS.Platform;
  isDev: boolean;
  openHelp: () => void;
};

/** Native menus with the usual roles (and so the usual shortcuts) of each platform. */
export function buildMenuTemplate({ appName, platform, isDev, openHelp }: MenuOptions): MenuItemConstructorOptions[] {
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
  template.push({ role: 'fileMenu', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] });
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
  template.push({ role: 'windowMenu' });
  template.push({ role: 'help', submenu: [{ label: 'MobiliseSME', click: openHelp }] });
  return template;
}
