import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../src-main/menu';

const roles = (template: ReturnType<typeof buildMenuTemplate>) =>
  JSON.stringify(template, (key, value: unknown) => (key === 'click' ? undefined : value));

describe('native menu', () => {
  it('has the usual roles on Windows and Linux, without dev tools in production', () => {
    const template = buildMenuTemplate({ appName: 'LCP Desk', platform: 'win32', isDev: false, openHelp: vi.fn() });
    const text = roles(template);
    for (const role of ['fileMenu', 'editMenu', 'windowMenu', 'quit', 'reload', 'zoomIn', 'togglefullscreen']) {
      expect(text).toContain(`"${role}"`);
    }
    expect(text).not.toContain('toggleDevTools');
    expect(template[0]?.role).toBe('fileMenu');
  });

  it('adds the application menu on macOS and dev tools while developing', () => {
    const template = buildMenuTemplate({ appName: 'LCP Desk', platform: 'darwin', isDev: true, openHelp: vi.fn() });
    expect(template[0]?.label).toBe('LCP Desk');
    expect(roles(template)).toContain('"toggleDevTools"');
    expect(roles(template)).toContain('"hideOthers"');
  });
});
