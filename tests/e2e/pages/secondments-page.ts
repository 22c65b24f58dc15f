import { expect, type Locator, type Page } from '@playwright/test';
import { AgreementsPage } from './agreements-page';

/** Page object for the secondments screens (seeding and the company pickers as on the agreements screens). */
export class SecondmentsPage extends AgreementsPage {
  constructor(page: Page) {
    super(page);
  }

  /** The whole screen: the window grows to the content's height first (the content scrolls inside the shell). */
  override async screenshot(name: string): Promise<void> {
    const height = await this.page.evaluate(() => (document.querySelector('.content')?.scrollHeight ?? 700) + 120);
    await this.page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 820), 4000) });
    await super.screenshot(name);
    await this.page.setViewportSize({ width: 1280, height: 820 });
  }

  /** An input of the Learning Project editor, by name. */
  learning(name: string): Locator {
    return this.page.getByTestId('learning-project').locator(`[name="${name}"]`);
  }

  override get status(): Locator {
    return this.page.getByTestId('secondment-status-card').getByTestId('secondment-status');
  }

  get amount(): Locator {
    return this.page.getByTestId('secondment-amount');
  }

  async move(to: string): Promise<void> {
    await this.page.getByTestId(`secondment-move-${to}`).click();
  }

  /** Secondments straight into IndexedDB (test data for the Overview), with the fields the app's writes give them. */
  async seedSecondments(records: Record<string, unknown>[]): Promise<void> {
    await this.page.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const now = new Date().toISOString();
      const empty = {
        objectives: [],
        activities: [],
        resultsSending: '',
        resultsHost: '',
        resultsParticipant: '',
        collaborationTypes: [],
        workingLanguages: [],
        checkIns: [],
        disability: false,
      };
      const tx = db.transaction(['secondments'], 'readwrite');
      for (const row of rows)
        tx.objectStore('secondments').put({ lcpId: 'e2e-lcp', createdAt: now, updatedAt: now, ...empty, ...row });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
      });
      db.close();
    }, records);
  }

  /** The UI language as Settings stores it, then a reload (the shell reads it on start). */
  async useLanguage(code: string): Promise<void> {
    await this.page.evaluate(async (language) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction(['settings'], 'readwrite');
      tx.objectStore('settings').put({ key: 'ui.language', value: language, updatedAt: new Date().toISOString() });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('language failed'));
      });
      db.close();
    }, code);
    await this.page.reload();
    await this.page.getByRole('navigation').waitFor();
    await expect(this.page.locator('html')).toHaveAttribute('lang', code);
  }
}
