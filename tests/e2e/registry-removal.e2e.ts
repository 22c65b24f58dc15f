import { expect, test } from '@playwright/test';
import { CompanyRemovalPage } from './pages/company-removal-page';

test('a sole trader is erased for good after typing its name: no value left in IndexedDB', async ({ page }) => {
  const app = new CompanyRemovalPage(page);
  await app.createCompany({ legalName: 'Brigitte Xylander e.U.', country: 'AT', city: 'Wien' });
  await app.addPerson({
    firstName: 'Brigitte',
    lastName: 'Xylander',
    email: 'brigitte@xylander.at',
    languages: 'de:C2',
  });
  await expect(page.getByTestId('person')).toContainText('Brigitte Xylander');
  await app.createCompany({ legalName: 'Andere Firma GmbH', country: 'AT', city: 'Graz' });
  // The save navigates to the new company when it lands: wait for it, or it would follow the list's navigation.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Andere Firma GmbH');
  await app.openList();
  await app.search.fill('xylander');
  await app.rows.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brigitte Xylander e.U.');
  expect(await app.databaseText()).toContain('Xylander');

  await app.startErase();
  await expect(app.dialog.getByRole('heading')).toHaveText('Erase Brigitte Xylander e.U. for good?');
  await expect(app.dialog.getByTestId('remove-counts')).toContainText('1 person');
  await expect(app.dialog.getByTestId('remove-counts')).toContainText('0 interviews');
  await expect(app.dialog.getByTestId('remove-counts')).toContainText('0 agreements');
  await app.screenshot('company-erase-dialog-en');
  // Escape closes the dialog, not the page.
  await page.keyboard.press('Escape');
  await expect(app.dialog).toHaveCount(0);
  await expect(page.getByTestId('company-detail')).toBeVisible();

  await app.startErase();
  await app.confirm('');
  await expect(app.dialog.getByTestId('remove-error')).toHaveText("Type the company's name to confirm the erasure.");
  await app.confirm('Brigitte Xylander');
  await expect(app.dialog.getByTestId('remove-error')).toHaveText(
    "This is not the company's name: nothing was erased.",
  );
  await app.screenshot('company-erase-mismatch-en');
  await app.confirm('brigitte  xylander e.u.');

  await expect(page.getByTestId('removed-notice')).toHaveText(
    /The company was erased with everything that belonged to it\./,
  );
  await expect(app.count).toHaveText('1 company');
  await app.search.fill('xylander');
  await expect(app.count).toHaveText('0 companies');
  const text = await app.databaseText();
  for (const secret of ['Xylander', 'xylander', 'Brigitte', 'brigitte']) expect(text, secret).not.toContain(secret);
  expect(text).toContain('Andere Firma');
});

test('a company entered by mistake is deleted, named in the confirmation and in the notice', async ({ page }) => {
  const app = new CompanyRemovalPage(page);
  await app.open('/settings');
  await page.getByTestId('language-select').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await app.createCompany({ legalName: 'Großbäckerei Müller Versehentlich GmbH', country: 'DE', city: 'Görlitz' });
  await expect(page.getByTestId('company-removal')).toBeVisible();
  await app.screenshot('company-removal-section-de');
  await app.startDelete();
  await expect(app.dialog.getByRole('heading')).toHaveText('Großbäckerei Müller Versehentlich GmbH löschen?');
  await expect(app.dialog.getByTestId('remove-counts')).toContainText('0 Personen');
  await app.screenshot('company-delete-dialog-de');
  await app.confirm();
  await expect(page.getByTestId('removed-notice')).toContainText(
    'Großbäckerei Müller Versehentlich GmbH wurde gelöscht.',
  );
  await expect(page.getByTestId('company-empty')).toBeVisible();
});
