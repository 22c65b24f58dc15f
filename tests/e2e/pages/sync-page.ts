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
