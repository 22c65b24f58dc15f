import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Page object for the Sync screen and the hub section of Settings. */
export class SyncPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async openSync(): Promise<void> {
    await this.open('/sync');
    await this.page.getByTestId('sync-facts').waitFor();
  }

  async enterToken(token: string): Promise<void> {
    await this.open('/settings');
    const section = this.page.getByTestId('hub-settings');
    await section.locator('[name="hubToken"]').fill(token);
    await section.getByTestId('hub-save').click();
    await this.page.getByTestId('hub-save-state').waitFor();
  }

  /**
   * Makes the page run as in the desktop app: a stand-in for the preload's `window.lcp` whose hub
   * calls are recorded in `window.hubCalls` (main's own handling is unit tested in tests/main).
   */
  async installDesktopApi(stored: { url: string; hasToken: boolean }): Promise<void> {
    await this.page.addInitScript((initial) => {
      let config = { ...initial, tokenProtection: 'os' as const };
      const calls: unknown[] = [];
      Object.assign(window, {
        hubCalls: calls,
        lcp: {
          getAppInfo: async () => ({
            name: 'LCP Desk',
            version: '0.0.0',
            platform: 'linux',
            preferredLanguages: [...navigator.languages],
          }),
          saveFile: async () => ({ saved: false }),
          printPdf: async () => ({ printed: false }),
          openExternal: async () => ({ opened: false }),
          // The native menu's intents: none arrive in this stand-in.
          onIntent: () => () => undefined,
          hubGetConfig: async () => config,
          hubSetConfig: async (args: { url: string; token?: string | null }) => {
            calls.push(args);
            const hasToken = args.token ? true : args.token === undefined && config.hasToken && args.url === config.url;
            config = { ...config, url: args.url, hasToken };
            return config;
          },
          hubRequest: async () => ({ status: 0, body: '{"error":"unreachable","reason":"offline"}' }),
        },
      });
    }, stored);
  }

  hubCalls(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { hubCalls: unknown[] }).hubCalls);
  }

  get hubSettings(): Locator {
    return this.page.getByTestId('hub-settings');
  }

  get syncNow(): Locator {
    return this.page.getByTestId('sync-now');
  }

  get pending(): Locator {
    return this.page.getByTestId('sync-pending');
  }

  get error(): Locator {
    return this.page.getByTestId('sync-error');
  }

  get result(): Locator {
    return this.page.getByTestId('sync-result');
  }

  get conflicts(): Locator {
    return this.page.getByTestId('sync-conflict');
  }

  get directory(): Locator {
    return this.page.getByTestId('sync-directory');
  }
}
