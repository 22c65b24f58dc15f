import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

export type CompanyValues = Partial<
  Record<
    | 'legalName'
    | 'tradeName'
    | 'country'
    | 'city'
    | 'vatNumber'
    | 'nationalId'
    | 'headcount'
    | 'turnoverEur'
    | 'naceSection'
    | 'naceDivision'
    | 'role'
    | 'eventName',
    string
  >
>;

/** Page object for the registry: list, company form, detail page, import dialog. */
export class CompaniesPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async openList(): Promise<void> {
    await this.open('/companies');
    await this.count.waitFor();
  }

  get search(): Locator {
    return this.page.getByTestId('company-search');
  }

  get count(): Locator {
    return this.page.getByTestId('company-count');
  }

  get rows(): Locator {
    return this.page.getByTestId('company-row');
  }

  field(name: string): Locator {
    return this.page.locator(`[data-testid="company-form"] [name="${name}"]`);
  }

  errorFor(name: string): Locator {
    return this.page.locator(`[data-testid="company-form"] .field:has([name="${name}"]) .field__error`);
  }

  async fillCompany(values: CompanyValues): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const input = this.field(name);
      if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
      else await input.fill(value);
    }
  }

  async createCompany(values: CompanyValues): Promise<void> {
    await this.open('/companies/new');
    await this.fillCompany(values);
    await this.page.getByTestId('company-save').click();
  }

  async openImport(): Promise<void> {
    await this.page.locator('.page__head').getByRole('button').first().click();
  }

  /** Opens the import dialog from the list, picks the CSV text and checks the rows. */
  async importCsv(name: string, csv: string): Promise<void> {
    await this.openImport();
    await this.page
      .getByTestId('import-file')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`) });
    await this.page.getByTestId('import-preview').waitFor();
  }

  get importErrors(): Locator {
    return this.page.getByTestId('import-errors').locator('tbody tr');
  }

  personField(name: string): Locator {
    return this.page.locator(`[data-testid="person-form"] [name="person-${name}"]`);
  }

  async addPerson(values: Record<string, string>): Promise<void> {
    await this.page.getByTestId('person-add').click();
    for (const [name, value] of Object.entries(values)) {
      const input = this.personField(name);
      if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
      else await input.fill(value);
    }
    await this.page.getByTestId('person-save').click();
  }
}
