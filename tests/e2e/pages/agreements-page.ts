import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { seedCompanies, type SeedCompany } from './seed-companies';

export type { SeedCompany } from './seed-companies';
export type SeedPerson = { id: string; companyId: string; firstName: string; lastName: string; jobTitle?: string };

/** Page object for the agreements screens. Fields are found by their input name. */
export class AgreementsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /**
   * Test data straight into IndexedDB (the registry's screens are another feature), then a
   * reload so the app reads it. Records carry the fields the app's own writes would give them.
   */
  async seed(data: {
    profile: Record<string, string>;
    logoPng?: number[];
    companies: SeedCompany[];
    people: SeedPerson[];
    agreements?: Record<string, unknown>[];
    uiLanguage?: string;
  }): Promise<void> {
    await seedCompanies(this.page, data.companies);
    await this.page.evaluate(async ({ profile, logoPng, people, agreements = [], uiLanguage }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const now = new Date().toISOString();
      const meta = { lcpId: 'e2e-lcp', createdAt: now, updatedAt: now };
      const tx = db.transaction(['people', 'settings', 'agreements'], 'readwrite');
      for (const a of agreements) tx.objectStore('agreements').put({ ...meta, ...a });
      if (uiLanguage) tx.objectStore('settings').put({ key: 'ui.language', value: uiLanguage, updatedAt: now });
      for (const p of people)
        tx.objectStore('people').put({ ...meta, role: 'employee', languages: [], candidate: true, consent: {}, ...p });
      tx.objectStore('settings').put({ key: 'contactPoint.profile', value: profile, updatedAt: now });
      if (logoPng)
        tx.objectStore('settings').put({
          key: 'contactPoint.logo',
          value: { mimeType: 'image/png', fileName: 'logo.png', bytes: new Uint8Array(logoPng) },
          updatedAt: now,
        });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
      });
      db.close();
    }, data);
    await this.page.reload();
    await this.page.getByRole('navigation').waitFor();
  }

  field(name: string): Locator {
    return this.page.locator(`form [name="${name}"]`);
  }

  /** Chooses a company in the picker named `name`: types `search`, then clicks the result. */
  async chooseCompany(name: string, search: string, legalName: string): Promise<void> {
    const picker = this.page.getByTestId(`picker-${name}`);
    await picker.getByRole('combobox').fill(search);
    await picker.getByRole('option', { name: legalName }).click();
    await expect(picker.getByTestId('picker-chosen')).toContainText(legalName);
  }

  errorFor(name: string): Locator {
    return this.page.locator(`.field:has([name="${name}"]) .field__error`);
  }

  async fillTerms(terms: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(terms)) await this.field(`terms.${name}`).fill(value);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('agreement-save').click();
  }

  get saveState(): Locator {
    return this.page.getByTestId('agreement-save-state');
  }

  get status(): Locator {
    return this.page.getByTestId('agreement-status');
  }

  get notice(): Locator {
    return this.page.getByTestId('agreement-notice');
  }
}
