import { expect, test } from '@playwright/test';
import { CompaniesPage } from './pages/companies-page';
import { InterviewPage } from './pages/interview-page';

const CSV = [
  'Legal name;Country;City',
  ...Array.from({ length: 40 }, (_, index) => `Firma ${index + 1};AT;Wien`),
  'Müller Metallbau GmbH;DE;Görlitz',
  'Großbäckerei Sonnenschein;DE;Dresden',
].join('\r\n');

test('the list: numbers in numeric order, German transliteration, the archived filter beside its label, title in view on return, the list keeps its scroll', async ({
  page,
}) => {
  const app = new CompaniesPage(page);
  await app.openList();
  await app.openImport();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'firmen.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await page.getByTestId('import-dialog').getByRole('button').last().click();
  await expect(app.count).toHaveText('42 companies');

  // 1, 2, … 9, 10: not 1, 10, 11.
  await expect(app.rows.nth(0).locator('strong')).toHaveText('Firma 1');
  await expect(app.rows.nth(1).locator('strong')).toHaveText('Firma 2');
  await expect(app.rows.nth(9).locator('strong')).toHaveText('Firma 10');

  for (const query of ['mueller', 'muller', 'Müller']) {
    await app.search.fill(query);
    await expect(app.count, query).toHaveText('1 company');
  }
  await app.search.fill('grossbaeckerei');
  await expect(app.count).toHaveText('1 company');
  await expect(app.rows.first()).toContainText('Großbäckerei Sonnenschein');
  await app.search.fill('');

  // The checkbox sits on its label's line, before it.
  const filter = page.locator('.filter--check');
  const box = (await filter.locator('input').boundingBox())!;
  const label = (await filter.locator('span').boundingBox())!;
  expect(Math.abs(box.y + box.height / 2 - (label.y + label.height / 2))).toBeLessThan(4);
  expect(box.x + box.width).toBeLessThanOrEqual(label.x);
  await app.screenshot('companies-list-filters-en');

  // Scroll the list, open a company, scroll its long page down, come back with Escape.
  const list = page.getByTestId('company-list');
  await list.evaluate((el) => el.scrollTo({ top: 600 }));
  await expect(app.rows.filter({ hasText: 'Firma 14' })).toBeVisible();
  await app.rows.filter({ hasText: 'Firma 14' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Firma 14');
  await page.locator('main').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await page.keyboard.press('Escape');
  await expect(app.count).toHaveText('42 companies');
  await expect.poll(() => page.locator('main').evaluate((el) => el.scrollTop)).toBe(0);
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const main = (await page.locator('main').boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(main.y);
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(600);
  await app.screenshot('companies-list-returned-en');
});

test('a new owner or contact is not a candidate for secondment by default; an employee is', async ({ page }) => {
  const app = new CompaniesPage(page);
  await app.createCompany({ legalName: 'Tischlerei Huber', country: 'AT', city: 'Linz' });
  await app.addPerson({ firstName: 'Anna', lastName: 'Huber', role: 'owner', languages: 'de:C2' });
  await expect(page.getByTestId('person').filter({ hasText: 'Anna Huber' })).toBeVisible();
  await page.getByTestId('person-add').click();
  await expect(app.personField('candidate')).toBeChecked();
  await app.personField('role').selectOption('contact');
  await expect(app.personField('candidate')).not.toBeChecked();
  await app.personField('role').selectOption('manager');
  await expect(app.personField('candidate')).toBeChecked();
  await app.personField('firstName').fill('Karl');
  await app.personField('lastName').fill('Berger');
  await app.personField('role').selectOption('employee');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person').filter({ hasText: 'Karl Berger' }).locator('.tag--candidate')).toBeVisible();
  await expect(page.getByTestId('person').filter({ hasText: 'Anna Huber' }).locator('.tag--candidate')).toHaveCount(0);
});

test("the interview does not offer the company's own country as a preferred country", async ({ page }) => {
  const app = new InterviewPage(page);
  await app.open('/settings');
  await page.getByTestId('language-select').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await app.startWithQuickCompany('Ines Gruber', {
    legalName: 'Kranjska Čokolada d.o.o.',
    country: 'SI',
    firstName: 'Maja',
    lastName: 'Novak',
    email: 'maja@example.si',
  });
  await page.locator('.section-nav [data-section="preferences"]').click();
  await expect(app.section('preferences')).toBeVisible();
  const choice = app.field('preferredCountryChoice');
  await expect(choice.locator('option[value="HR"]')).toHaveCount(1);
  await expect(choice.locator('option[value="SI"]')).toHaveCount(0);
  await expect(page.getByTestId('own-country-hint')).toHaveText(
    'Slowenien, das Land des Unternehmens, wird nicht angeboten: Entsendungen führen ins Ausland.',
  );
  await app.screenshot('interview-preferences-own-country-de');
});
