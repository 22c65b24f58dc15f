import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../screenshots');

/** Page object for the shell: navigation, header, status area. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = '/'): Promise<void> {
    await this.page.goto(`./#${hash}`);
    await this.page.getByRole('navigation').waitFor();
  }

  nav(name: string | RegExp): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  get headerTitle(): Locator {
    return this.page.getByTestId('header-lcp-name');
  }

  get pendingChanges(): Locator {
    return this.page.getByTestId('status-pending');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }
}
