import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, developmentCsp, productionCsp } from '../../src-main/csp';
import {
  isAppUrl,
  isExternalWebUrl,
  isPermissionAllowed,
  lockDownNavigation,
  secureWebPreferences,
} from '../../src-main/security';
import type { WebContents } from 'electron';

describe('secureWebPreferences', () => {
  it('follows the Electron security checklist', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin, and the dev server while developing', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('app://other-host/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/settings', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it('allows http, https and mailto only', () => {
    expect(isExternalWebUrl('https://ec.europa.eu')).toBe(true);
    expect(isExternalWebUrl('mailto:lcp@example.eu')).toBe(true);
    expect(isExternalWebUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isExternalWebUrl('javascript:alert(1)')).toBe(false);
    expect(isExternalWebUrl('smb://host/share')).toBe(false);
  });
});

describe('permissions', () => {
  it('denies everything the app does not need', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'midi', 'hid', 'serial']) {
      expect(isPermissionAllowed(permission, `${APP_ORIGIN}/`)).toBe(false);
    }
    expect(isPermissionAllowed('persistent-storage', `${APP_ORIGIN}/`)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://evil.example/')).toBe(false);
  });
});

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('lockDownNavigation', () => {
  it('keeps the window on the app and sends web links to the system browser', () => {
    const contents = new FakeContents();
    const openExternal = vi.fn();
    lockDownNavigation(contents as unknown as WebContents, openExternal);

    const inside = navigationEvent();
    contents.emit('will-navigate', inside, `${APP_ORIGIN}/index.html#/settings`);
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const outside = navigationEvent();
    contents.emit('will-navigate', outside, 'https://example.eu/page');
    expect(outside.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.eu/page');

    const fileNav = navigationEvent();
    contents.emit('will-navigate', fileNav, 'file:///etc/passwd');
    expect(fileNav.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);

    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(contents.openHandler?.({ url: 'https://example.eu/new' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenLastCalledWith('https://example.eu/new');
    expect(contents.openHandler?.({ url: `${APP_ORIGIN}/index.html` })).toEqual({ action: 'deny' });
  });
});

describe('Content-Security-Policy', () => {
  it('is strict in production', () => {
    const csp = productionCsp();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).not.toMatch(/https?:/);
  });

  it('allows what React refresh needs only in development', () => {
    const csp = developmentCsp('http://localhost:5173');
    expect(csp).toContain("script-src 'self' 'unsafe-inline' http://localhost:5173");
    expect(csp).toContain('ws://localhost:5173');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('is the policy written in index.html', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(productionCsp());
  });
});
