import { expect, test } from '@playwright/test';
import { InterviewPage } from './pages/interview-page';
import { SettingsPage } from './pages/settings-page';

test('events tag interviews; the list filters by event, interviewer and status', async ({ page }) => {
  const app = new InterviewPage(page);
  await app.open('/interviews');
  await expect(page.getByTestId('interviews-empty')).toBeVisible();
  await app.screenshot('interviews-empty-en');

  await app.createEvent('Info day Kranj', '2026-03-12', 'BSC Kranj');
  await app.startWithQuickCompany('Ana Horvat', {
    legalName: 'Alpine Timber d.o.o.',
    country: 'SI',
    firstName: 'Luka',
    lastName: 'Zupan',
    email: 'luka@timber.si',
  });
  await app.createEvent('Agrotica Fair 2026', '2026-02-05', 'Thessaloniki');
  await app.startWithQuickCompany('Marko Kovač', {
    legalName: 'Thessaly Olive Presses S.A.',
    country: 'GR',
    firstName: 'Eleni',
    lastName: 'Papadopoulou',
    email: 'eleni@olive.gr',
  });

  // Start from a registered company through the picker (search by a word of its name).
  await app.open('/interviews/new');
  await app.field('interviewer').fill('Ana Horvat');
  await app.field('companyIdSearch').fill('timb');
  await page.getByRole('option', { name: /Alpine Timber/ }).click();
  await page.locator('form button[type="submit"]').last().click();
  await page.getByTestId('interview').waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alpine Timber d.o.o.');

  await app.open('/interviews');
  const table = page.getByTestId('interview-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await app.chooseFilter('event', 'Info day Kranj');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('Alpine Timber d.o.o.');
  await page.locator('select[name="event"]').selectOption('');
  await page.locator('select[name="interviewer"]').selectOption('Ana Horvat');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await app.chooseFilter('event', 'Agrotica Fair 2026');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await page.locator('select[name="status"]').selectOption('completed');
  await expect(page.getByTestId('interviews-empty')).toContainText('No interview matches these filters');
  await page.locator('select[name="status"]').selectOption('inProgress');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await app.screenshot('interviews-filtered-en');

  // The current event's page: its interviews and the companies registered there.
  await app.open('/events');
  await expect(page.getByTestId('current-event')).toContainText('Agrotica Fair 2026');
  await app.screenshot('events-en');
  await page.getByRole('link', { name: 'Info day Kranj' }).click();
  await expect(page.getByTestId('interview-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('event-companies')).toContainText('Alpine Timber d.o.o.');
  await expect(page.getByTestId('event-companies')).not.toContainText('Thessaly');

  // An event is edited in place; a cleared place is removed.
  await app.open('/events');
  await page.getByRole('button', { name: 'Edit Info day Kranj' }).click();
  await app.field('name').fill('Info day Kranj (BSC)');
  await app.field('place').fill('');
  await page.getByTestId('event-form').getByRole('button', { name: 'Save' }).click();
  const row = page.getByTestId('events-table').locator('tr', { hasText: 'Info day Kranj (BSC)' });
  await expect(row).toBeVisible();
  await expect(row).not.toContainText('BSC Kranj');

  // A bad event is refused next to its field.
  await app.open('/events');
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByTestId('event-form').locator('button[type="submit"]').click();
  await expect(page.locator('.field:has([name="name"]) .field__error')).toHaveText('This field is required.');
  await expect(app.field('name')).toBeFocused();
});

test('every section in German, with long words and errors shown', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await settings.chooseLanguage('de');
  const app = new InterviewPage(page);
  await app.createEvent('Internationale Handwerksmesse München', '2026-03-11', 'Messegelände München');
  await app.open('/interviews/new');
  await app.screenshot('interview-new-de');
  await app.startWithQuickCompany('Eva Müller-Lüdenscheidt', {
    legalName: 'Oberösterreichische Präzisionswerkzeugmaschinenbau GmbH',
    country: 'AT',
    firstName: 'Johann',
    lastName: 'Grünberger',
    email: 'johann@praezision.at',
  });
  await app.field('motivation').fill('Markt');
  await app.sectionTab('duration').click();
  await app.field('durationMonths').fill('9');
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('completion-alert')).toContainText('Das Gespräch kann noch nicht abgeschlossen werden');
  for (const [index, id] of [
    'motivation',
    'hostOffer',
    'preferences',
    'duration',
    'participants',
    'practical',
    'consent',
  ].entries()) {
    await app.sectionTab(id).click();
    await expect(app.section(id)).toBeVisible();
    await app.screenshot(`interview-${index + 1}-${id}-de`);
  }
  await expect(app.errorFor('consentStore')).toHaveText(
    'Ohne diese Einwilligung kann das Gespräch nicht abgeschlossen werden.',
  );
  await app.notes.click();
  await page.keyboard.type('Sehr interessiert an Partnern in Slowenien.');
  await app.waitSaved();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-summary')).toContainText('Erstgespräch');
  await app.screenshot('interview-print-de');
  await page.emulateMedia({ media: 'screen' });
  await app.open('/interviews');
  await app.screenshot('interviews-list-de');
  await app.open('/events');
  await app.screenshot('events-de');
});

test('links in the notes: Ctrl+K asks for the address, a bad one is refused', async ({ page }) => {
  const app = new InterviewPage(page);
  await app.startWithQuickCompany('Ana Horvat', {
    legalName: 'Alpine Timber d.o.o.',
    country: 'SI',
    firstName: 'Luka',
    lastName: 'Zupan',
    email: 'luka@timber.si',
  });
  await app.notes.click();
  await page.keyboard.type('Website: ');
  await page.keyboard.press('Control+K');
  const address = page.getByLabel('Web or email address');
  await expect(address).toBeFocused();
  await page.keyboard.type('not a web address');
  await page.keyboard.press('Enter');
  await expect(page.locator('.link-form .field__error')).toHaveText(
    'Enter a web address such as www.example.eu or an email address.',
  );
  await address.fill('www.timber.si');
  await page.keyboard.press('Enter');
  await expect(app.notes.getByRole('link', { name: 'www.timber.si' })).toHaveAttribute('href', 'https://www.timber.si');
  await expect(app.notes).toBeFocused();
  await app.waitSaved();
  await app.screenshot('interview-notes-link-en');
});
