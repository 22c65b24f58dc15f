import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, toAccelerator } from '../../src-main/menu';
import { englishLabel } from '../../src-main/menu-labels';
import { INTENT_IDS } from '../../src-shared/intents';

const roles = (template: ReturnType<typeof buildMenuTemplate>) =>
  JSON.stringify(template, (key, value: unknown) => (key === 'click' ? undefined : value));

describe('native menu', () => {
  it('has the usual roles on Windows and Linux, without dev tools in production', () => {
    const template = buildMenuTemplate({
      appName: 'LCP Desk',
      platform: 'win32',
      isDev: false,
      openHelp: vi.fn(),
      sendIntent: vi.fn(),
    });
    const text = roles(template);
    for (const role of ['fileMenu', 'editMenu', 'windowMenu', 'quit', 'reload', 'zoomIn', 'togglefullscreen']) {
      expect(text).toContain(`"${role}"`);
    }
    expect(text).not.toContain('toggleDevTools');
    expect(template[0]?.role).toBe('fileMenu');
  });

  it('adds the application menu on macOS and dev tools while developing', () => {
    const template = buildMenuTemplate({
      appName: 'LCP Desk',
      platform: 'darwin',
      isDev: true,
      openHelp: vi.fn(),
      sendIntent: vi.fn(),
    });
    expect(template[0]?.label).toBe('LCP Desk');
    expect(roles(template)).toContain('"toggleDevTools"');
    expect(roles(template)).toContain('"hideOthers"');
  });

  it('lists every global intent once, File and Go, with its shortcut, and sends its id when chosen', () => {
    const sendIntent = vi.fn();
    const template = buildMenuTemplate({
      appName: 'LCP Desk',
      platform: 'linux',
      isDev: false,
      openHelp: vi.fn(),
      sendIntent,
    });
    const submenu = (menu: MenuItemConstructorOptions | undefined) =>
      (menu?.submenu ?? []) as MenuItemConstructorOptions[];
    const file = submenu(template.find((menu) => menu.role === 'fileMenu'));
    const go = submenu(template.find((menu) => menu.label === 'Go'));
    expect(file.filter((item) => item.id).map((item) => item.label)).toEqual([
      'New company',
      'New interview',
      'New agreement',
      'New event',
      'Sync now',
    ]);
    expect(go.map((item) => item.label)).toEqual(['Find company']);
    expect(file.at(-1)?.role).toBe('quit');
    const items = [...file, ...go].filter((item) => item.id?.startsWith('intent:'));
    expect(items.map((item) => item.id!.slice('intent:'.length)).sort()).toEqual([...INTENT_IDS].sort());
    const newCompany = items.find((item) => item.id === 'intent:companies.new')!;
    expect(newCompany.accelerator).toBe('CmdOrCtrl+N');
    expect(newCompany.registerAccelerator).toBe(false);
    (newCompany.click as () => void)();
    expect(sendIntent).toHaveBeenCalledWith('companies.new');
    expect(items.find((item) => item.id === 'intent:agreement.new')?.accelerator).toBe('CmdOrCtrl+Shift+A');
  });

  it('turns shortcuts into accelerators and reads labels from the English texts', () => {
    expect(toAccelerator('Mod+Shift+s')).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator('Mod+F')).toBe('CmdOrCtrl+F');
    expect(englishLabel('sync:actions.syncNow')).toBe('Sync now');
    expect(() => englishLabel('sync:actions.nothing')).toThrow(/no English text/);
  });
});
