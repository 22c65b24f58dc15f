import type { Locator, Page } from '@playwright/test';
import { CompaniesPage } from './companies-page';

/** The company page's "Delete or erase" section and its confirmation dialog. */
export class CompanyRemovalPage extends CompaniesPage {
  constructor(page: Page) {
    super(page);
  }

  get dialog(): Locator {
    return this.page.getByTestId('remove-dialog');
  }

  async startErase(): Promise<void> {
    await this.page.getByTestId('company-erase').click();
    await this.dialog.getByTestId('remove-counts').waitFor();
  }

  async startDelete(): Promise<void> {
    await this.page.getByTestId('company-delete').click();
    await this.dialog.getByTestId('remove-counts').waitFor();
  }

  async confirm(name?: string): Promise<void> {
    if (name !== undefined) await this.dialog.getByTestId('remove-name').fill(name);
    await this.dialog.getByTestId('remove-confirm').click();
  }

  /** Every row of every object store of the app's IndexedDB database, as text. */
  async databaseText(): Promise<string> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const parts: string[] = [];
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [values, keys] = await Promise.all(
          [store.getAll(), store.getAllKeys()].map(
            (request) =>
              new Promise<unknown>((resolve, reject) => {
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => reject(request.error ?? new Error('read failed'));
              }),
          ),
        );
        parts.push(name, JSON.stringify(keys), JSON.stringify(values));
      }
      db.close();
      return parts.join('\n');
    });
  }
}
