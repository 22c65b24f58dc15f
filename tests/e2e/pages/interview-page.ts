import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export type QuickCompanyValues = {
  legalName: string;
  country: string;
  firstName: string;
  lastName: string;
  email: string;
};

/** Page object for events, the interviews list, a new interview and the questionnaire. */
export class InterviewPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** Moves the focus with Tab (never the mouse) until `target` has it. */
  async tabTo(target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  /** The shell scrolls inside itself: let it grow for the shot, so the whole page is on it. */
  override async screenshot(name: string): Promise<void> {
    await this.page.evaluate(() => {
      for (const selector of ['.shell', '.main']) {
        const element = document.querySelector<HTMLElement>(selector);
        if (element) element.style.height = 'auto';
      }
      const content = document.querySelector<HTMLElement>('.content');
      if (content) content.style.overflow = 'visible';
    });
    await super.screenshot(name);
    await this.page.evaluate(() => {
      for (const selector of ['.shell', '.main', '.content'])
        document.querySelector<HTMLElement>(selector)?.removeAttribute('style');
    });
  }

  field(name: string): Locator {
    return this.page.locator(`[name="${name}"]`);
  }

  option(name: string, value: string): Locator {
    return this.page.locator(`input[name="${name}"][value="${value}"]`);
  }

  get autosave(): Locator {
    return this.page.getByTestId('autosave-state');
  }

  get notes(): Locator {
    return this.page.locator('.notes-editor__content');
  }

  section(id: string): Locator {
    return this.page.getByTestId(`section-${id}`);
  }

  /**
   * Moves to the next (or previous) section with its shortcut. The new section's heading must
   * have the focus as soon as the section shows: checked once, not waited for, so a focus that
   * moves later (and would take keys typed in the meantime) fails here.
   */
  async switchSection(key: 'Alt+PageDown' | 'Alt+PageUp', id: string): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.section(id)).toBeVisible();
    expect(await this.sectionHeading.evaluate((el) => el === document.activeElement)).toBe(true);
  }

  /** The current section's heading (it takes the focus when the section changes). */
  get sectionHeading(): Locator {
    return this.page.locator('#section-title');
  }

  sectionTab(id: string): Locator {
    return this.page.locator(`.section-nav [data-section="${id}"]`);
  }

  errorFor(questionId: string): Locator {
    return this.page.locator(`[data-question="${questionId}"] .field__error`);
  }

  async createEvent(name: string, date: string, place: string): Promise<void> {
    await this.open('/events');
    await this.page.getByRole('button', { name: /new event|neue veranstaltung/i }).click();
    await this.field('name').fill(name);
    await this.field('date').fill(date);
    await this.field('place').fill(place);
    await this.page.getByTestId('event-form').locator('button[type="submit"]').click();
    await expect(this.page.getByTestId('events-table')).toContainText(name);
  }

  /** Starts an interview of a new quick company through the form (mouse allowed here). */
  async startWithQuickCompany(interviewer: string, company: QuickCompanyValues): Promise<void> {
    await this.open('/interviews/new');
    await this.field('interviewer').fill(interviewer);
    await this.option('mode', 'quick').check();
    await this.field('legalName').fill(company.legalName);
    await this.page.locator('select[name="country"]').selectOption(company.country);
    await this.field('contactFirstName').fill(company.firstName);
    await this.field('contactLastName').fill(company.lastName);
    await this.field('contactEmail').fill(company.email);
    await this.page.locator('form button[type="submit"]').last().click();
    await this.page.getByTestId('interview').waitFor();
  }

  /** Chooses the option of a filter whose label contains `text` (labels carry localized dates). */
  async chooseFilter(name: string, text: string): Promise<void> {
    const select = this.page.locator(`select[name="${name}"]`);
    const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
    await select.selectOption(value ?? '');
  }

  async waitSaved(): Promise<void> {
    await expect(this.autosave).toHaveAttribute('data-state', /^(saved|idle)$/);
  }
}
