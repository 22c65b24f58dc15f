import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

export type ProfileValues = {
  organisationName: string;
  country: string;
  address?: string;
  contactPerson: string;
  email: string;
  phone?: string;
  website?: string;
};

/** Page object for Settings. Fields are found by their input name, labels change with the language. */
export class SettingsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async openSettings(): Promise<void> {
    await this.open('/settings');
    await this.field('organisationName').waitFor();
  }

  field(name: string): Locator {
    return this.page.locator(`form [name="${name}"]`);
  }

  async fillProfile(values: ProfileValues): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      if (name === 'country') await this.page.locator('form select').first().selectOption(value);
      else await this.field(name).fill(value);
    }
  }

  async save(): Promise<void> {
    await this.page.locator('form button[type="submit"]').click();
  }

  get saveState(): Locator {
    return this.page.getByTestId('profile-save-state');
  }

  errorFor(name: string): Locator {
    return this.page.locator(`.field:has([name="${name}"]) .field__error`);
  }

  async chooseLanguage(code: string): Promise<void> {
    await this.page.getByTestId('language-select').selectOption(code);
  }
}
