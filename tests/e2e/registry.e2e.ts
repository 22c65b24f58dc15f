import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CompaniesPage } from './pages/companies-page';

test('create a company, see its size class, find it with and without diacritics', async ({ page }) => {
  const app = new CompaniesPage(page);
  await app.openList();
  await expect(page.getByTestId('company-empty')).toBeVisible();
  await app.screenshot('companies-empty-en');

  // Ctrl+N opens the form; bad values are refused next to their field.
  await page.keyboard.press('Control+n');
  await expect(page).toHaveURL(/#\/companies\/new$/);
  await app.fillCompany({
    legalName: 'Čakovec Metal d.o.o.',
    country: 'HR',
    city: 'Čakovec',
    vatNumber: 'HR33392005962',
    headcount: 'twelve',
  });
  await page.getByTestId('company-save').click();
  await expect(app.errorFor('vatNumber')).toHaveText(
    'The check digit of this VAT number is wrong: check for a typing error.',
  );
  await expect(app.errorFor('headcount')).toHaveText('Enter a whole number, for example 12.');
  await app.screenshot('company-form-invalid-en');

  await app.fillCompany({ vatNumber: 'HR33392005961', headcount: '12', turnoverEur: '1500000', naceSection: 'C' });
  await expect(page.getByTestId('size-preview')).toContainText('Small');
  await page.getByTestId('company-save').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Čakovec Metal d.o.o.');
  await expect(page.getByTestId('company-size')).toContainText(
    '12 staff (fewer than 50) and turnover €1,500,000 (at most €10,000,000).',
  );
  await expect(page.getByTestId('company-history')).toContainText('Company registered');

  await app.createCompany({ legalName: 'Θεσσαλική Ενέργεια Α.Ε.', country: 'GR', city: 'Λάρισα' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Θεσσαλική Ενέργεια Α.Ε.');
  await app.createCompany({ legalName: 'Софтвер Нови Сад', country: 'RS', city: 'Нови Сад', nationalId: '101134702' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Софтвер Нови Сад');

  await app.openList();
  await expect(app.count).toHaveText('3 companies');
  await page.keyboard.press('/');
  await expect(app.search).toBeFocused();
  await app.search.fill('cakovec');
  await expect(app.count).toHaveText('1 company');
  await expect(app.rows.first()).toContainText('Čakovec Metal d.o.o.');
  await app.search.fill('θεσσαλικη');
  await expect(app.rows.first()).toContainText('Θεσσαλική Ενέργεια Α.Ε.');
  await app.search.fill('novi sad');
  await expect(app.count).toHaveText('1 company');
  await expect(app.rows.first()).toContainText('Софтвер Нови Сад');
  // Arrows and Enter open the company.
  await app.search.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Софтвер Нови Сад');
});

test('the same VAT number is refused with a link; a similar name warns', async ({ page }) => {
  const app = new CompaniesPage(page);
  await app.createCompany({
    legalName: 'Tera Tehnopolis d.o.o.',
    country: 'HR',
    city: 'Osijek',
    vatNumber: 'HR33392005961',
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tera Tehnopolis d.o.o.');

  await app.createCompany({ legalName: 'Another firm', country: 'HR', city: 'Zagreb', vatNumber: '33392005961' });
  await expect(page.getByTestId('duplicate-refused')).toContainText(
    'This number already belongs to Tera Tehnopolis d.o.o. (Osijek, Croatia).',
  );
  await expect(app.errorFor('vatNumber')).toHaveText('Already registered for another company in this country.');
  await app.screenshot('company-duplicate-en');
  await page.getByTestId('duplicate-refused').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tera Tehnopolis d.o.o.');

  await app.createCompany({ legalName: 'TERA TEHNOPOLIS', country: 'HR', city: 'Osijek' });
  await expect(page.getByTestId('duplicate-warning')).toContainText(
    'A company with the same or a similar name is already registered:',
  );
  await page.getByTestId('save-anyway').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TERA TEHNOPOLIS');
  await app.openList();
  await expect(app.count).toHaveText('2 companies');
});

test('people are added and a person is erased for good', async ({ page }) => {
  const app = new CompaniesPage(page);
  await app.createCompany({
    legalName: 'Adriatic Tours d.o.o.',
    country: 'ME',
    city: 'Podgorica',
    nationalId: '02655284',
  });
  await app.addPerson({
    firstName: 'Milica',
    lastName: 'Đukanović',
    email: 'milica@example.me',
    languages: 'sr:C2, en:B2',
  });
  await expect(page.getByTestId('person')).toContainText('Milica Đukanović');
  await app.addPerson({ firstName: 'Marko', lastName: 'Vuković', languages: 'xx' });
  await expect(page.locator('[data-testid="person-form"] .field__error')).toHaveText(
    '“xx” is not a language with a CEFR level (A1 to C2), such as en:B2.',
  );
  await app.personField('languages').fill('en:C1');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person')).toHaveCount(2);
  await app.screenshot('company-detail-en');

  await app.openList();
  await app.search.fill('dukanovic');
  await expect(app.count).toHaveText('1 company');
  await app.rows.first().click();

  await page.getByTestId('person').filter({ hasText: 'Milica' }).getByTestId('person-erase').click();
  await page.getByTestId('person-confirm').click();
  await expect(page.getByTestId('person')).toHaveCount(1);
  await expect(page.getByTestId('company-history')).toContainText('Person erased (GDPR)');
  await expect(page.getByTestId('company-history')).toContainText('(personal data erased)');
  await app.openList();
  await app.search.fill('dukanovic');
  await expect(app.count).toHaveText('0 companies');
});

test('archive hides a company and undo brings it back', async ({ page }) => {
  const app = new CompaniesPage(page);
  await app.createCompany({ legalName: 'Larisa Foods', country: 'GR', city: 'Larisa' });
  await page.getByTestId('archive').click();
  await expect(page.getByTestId('archived-notice')).toContainText('Larisa Foods was archived.');
  await expect(app.count).toHaveText('0 companies');
  await page.getByTestId('archived-notice').getByRole('button').click();
  await expect(app.count).toHaveText('1 company');
});

const CSV = [
  'Legal name;Country;City;VAT number;Staff headcount;Website',
  'Čakovec Metal d.o.o.;HR;Čakovec;HR33392005961;12;www.metal.hr',
  ';HR;Osijek;;;',
  'Bad VAT;DE;Berlin;DE136695977;;',
  '"=cmd|\' /C calc\'!A0";SI;Kranj;;5;',
  'Θεσσαλική Α.Ε.;GR;Λάρισα;;300;',
  'Short;HR',
].join('\r\n');

test('import a CSV with bad rows, then export the filtered list', async ({ page }) => {
  const app = new CompaniesPage(page);
  await app.openList();
  await page.locator('.page__head').getByRole('button', { name: 'Import CSV…' }).click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'companies.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${CSV}`) });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expect(page.getByTestId('map-0')).toHaveValue('legalName');
  await expect(page.getByTestId('map-4')).toHaveValue('headcount');
  await app.screenshot('import-mapping-en');
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-summary')).toHaveText('3 valid rows, 3 rows with errors.');
  const errors = page.getByTestId('import-errors');
  await expect(errors.locator('tbody tr')).toHaveCount(3);
  await expect(errors.locator('tbody tr').nth(0)).toContainText('3Legal nameThis field is required.');
  await expect(errors.locator('tbody tr').nth(1)).toContainText(
    '4VAT numberThe check digit of this VAT number is wrong',
  );
  await expect(errors.locator('tbody tr').nth(2)).toContainText('7(whole row)The row has 2 columns instead of 6.');
  await app.screenshot('import-dialog-en');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toHaveText('3 companies imported.');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(app.count).toHaveText('3 companies');
  await expect(app.rows.locator('.company-row__loading')).toHaveCount(0);
  await app.screenshot('companies-list-en');

  await page.getByTestId('filter-country').selectOption('SI');
  await expect(app.count).toHaveText('1 company');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const file = await readFile(await (await download).path(), 'utf8');
  expect(file.startsWith('\ufeff"Legal name";"Trade name";"Country"')).toBe(true);
  expect(file).toContain('"\'=cmd|\' /C calc\'!A0";"";"SI"');
  expect(file.split('\r\n')).toHaveLength(2);
});

test('in Greek: the list, a detail page and the import dialog', async ({ page }) => {
  const app = new CompaniesPage(page);
  await app.open('/settings');
  await page.getByTestId('language-select').selectOption('el');
  await expect(page.locator('html')).toHaveAttribute('lang', 'el');
  await app.createCompany({
    legalName: 'Θεσσαλική Βιομηχανία Τροφίμων Ανώνυμη Εταιρεία',
    country: 'GR',
    city: 'Λάρισα',
    vatNumber: 'EL094259216',
    headcount: '45',
    turnoverEur: '8000000',
    naceSection: 'C',
    eventName: 'Έκθεση Λάρισας 2026',
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Θεσσαλική Βιομηχανία Τροφίμων Ανώνυμη Εταιρεία');
  await expect(page.getByTestId('company-size')).toContainText('Μικρή');
  await app.addPerson({
    firstName: 'Ελένη',
    lastName: 'Παπαδοπούλου',
    email: 'eleni@example.gr',
    languages: 'el:C2, en:C1',
  });
  await expect(page.getByTestId('person')).toContainText('Ελένη Παπαδοπούλου');
  await app.screenshot('company-detail-el');

  await app.openList();
  await page.locator('.page__head').getByRole('button', { name: 'Εισαγωγή CSV…' }).click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'επιχειρήσεις.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-summary')).toHaveText('3 έγκυρες γραμμές, 3 γραμμές με σφάλματα.');
  await app.screenshot('import-dialog-el');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toHaveText('Εισήχθησαν 3 επιχειρήσεις.');
  await page.getByRole('button', { name: 'Κλείσιμο' }).click();
  await expect(app.count).toHaveText('4 επιχειρήσεις');
  await app.search.fill('θεσσαλικη');
  await expect(app.count).toHaveText('2 επιχειρήσεις');
  await app.search.fill('');
  await expect(app.count).toHaveText('4 επιχειρήσεις');
  await expect(app.rows.locator('.company-row__loading')).toHaveCount(0);
  await app.screenshot('companies-list-el');
});

const REGISTRY_CSV = [
  'Company;Country;City;VAT;NACE;Employees;Role;Email;Website',
  'Osijek Soft;HR;Osijek;;J62;12;Sends staff;info@osijek-soft.hr;www.osijek-soft.hr',
  '"Two-line\nName d.o.o.";HR;Split;;62.01;8;both;;',
  'Bad Code;HR;Rijeka;;Z99;5;host;;',
  'Tera Tehnopolis d.o.o.;HR;;;C25;30;;;tera.example.hr',
  'Big Host;DE;Berlin;;C 25;12000;;;',
  'Big Sender;DE;Berlin;;C25;12000;send;;',
].join('\r\n');

test('a registry export: headers by synonym, NACE codes, rows and lines, duplicates merged', async ({ page }) => {
  const app = new CompaniesPage(page);
  await app.createCompany({ legalName: 'Tera Tehnopolis d.o.o.', country: 'HR', city: 'Osijek' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tera Tehnopolis d.o.o.');
  // The same name and country typed again, without a city: a warning with a link, and a way to save anyway.
  await app.createCompany({ legalName: 'TERA TEHNOPOLIS DOO', country: 'HR' });
  await expect(page.getByTestId('duplicate-warning')).toContainText(
    'A company with the same or a similar name is already registered:',
  );
  await expect(
    page.getByTestId('duplicate-warning').getByRole('link', { name: 'Tera Tehnopolis d.o.o.' }),
  ).toBeVisible();
  await app.screenshot('company-form-duplicate-en');

  await app.openList();
  await app.importCsv('registry.csv', REGISTRY_CSV);
  const mapped = await Promise.all(
    Array.from({ length: 9 }, (_, column) => page.getByTestId(`map-${column}`).inputValue()),
  );
  expect(mapped).toEqual([
    'legalName',
    'country',
    'city',
    'vatNumber',
    'naceCode',
    'headcount',
    'role',
    'email',
    'website',
  ]);
  await app.screenshot('import-mapping-registry-en');
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '3 valid rows, 2 rows with errors. 1 row looks like a duplicate.',
  );
  await expect(app.importErrors).toHaveCount(2);
  await expect(app.importErrors.nth(0)).toContainText('4 (line 5)NACE division“Z99” is not a NACE code');
  await expect(app.importErrors.nth(1)).toContainText(
    '7 (line 8)Role wantedA large company (250 or more staff, or above the SME ceilings) can only host',
  );
  const warnings = page.getByTestId('import-warnings').locator('tbody tr');
  await expect(warnings.nth(0)).toContainText('3Legal nameThe name had a line break');
  await expect(warnings.nth(1)).toContainText('6 (line 7)Role wanted250 or more staff');
  await expect(page.getByTestId('import-duplicates')).toContainText('Tera Tehnopolis d.o.o.');
  await page.getByTestId('duplicate-choice-5').selectOption('update');
  await expect(page.getByTestId('import-run')).toHaveText('Import the 4 valid rows');
  await app.screenshot('import-review-registry-en');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toHaveText('3 companies imported. 1 registered company updated.');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(app.count).toHaveText('4 companies');

  await app.search.fill('tera');
  await app.rows.first().click();
  await expect(page.getByTestId('company-detail')).toContainText(
    'C — Manufacturing · 25 — Manufacture of fabricated metal products, except machinery and equipment',
  );
  await expect(page.getByTestId('company-detail')).toContainText('Osijek');

  // The division picker names each division by its own title.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(app.field('naceDivision').locator('option[value="26"]')).toHaveText(
    '26 — Manufacture of computer, electronic and optical products',
  );

  await app.open('/settings');
  await page.getByTestId('language-select').selectOption('de');
  await app.openList();
  await app.search.fill('osijek soft');
  await app.rows.first().click();
  await expect(page.getByTestId('company-detail')).toContainText(
    '62 — Erbringung von Dienstleistungen der Informationstechnologie',
  );
  await app.screenshot('company-detail-nace-de');
  await app.openList();
  await app.importCsv('registry.csv', REGISTRY_CSV);
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-duplicates')).toBeVisible();
  await app.screenshot('import-review-registry-de');
});
