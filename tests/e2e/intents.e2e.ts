import { expect, test } from '@playwright/test';
import { CompaniesPage } from './pages/companies-page';

test('global intents: their shortcuts work from any screen, but not while typing in a field', async ({ page }) => {
  const app = new CompaniesPage(page);

  // New company (Ctrl+N) from the agreements list, a screen that knows nothing about companies.
  await app.open('/agreements');
  await page.getByTestId('agreement-new').waitFor();
  await page.keyboard.press('Control+n');
  await expect(page).toHaveURL(/#\/companies\/new$/);
  await expect(app.field('legalName')).toBeVisible();
  await app.screenshot('intents-new-company-from-agreements-en');

  // Typing in the form, the same shortcut does not leave the screen (nothing typed is lost).
  await app.field('legalName').fill('Čakovec Metal d.o.o.');
  await app.field('legalName').press('Control+Shift+A');
  await expect(page).toHaveURL(/#\/companies\/new$/);
  await expect(app.field('legalName')).toHaveValue('Čakovec Metal d.o.o.');

  // Find company (Ctrl+F) from the events screen opens the list with the search field focused.
  await app.open('/events');
  await page.keyboard.press('Control+f');
  await expect(page).toHaveURL(/#\/companies$/);
  await expect(app.search).toBeFocused();

  // New event (Ctrl+Shift+E) from the overview opens the events screen with its form.
  await app.open('/');
  await page.keyboard.press('Control+Shift+E');
  await expect(page).toHaveURL(/#\/events$/);
  await expect(page.locator('[name="name"]')).toBeFocused();
  await app.screenshot('intents-new-event-from-overview-en');
});
