import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { seedCompanies, type SeedCompany } from './pages/seed-companies';
import { SettingsPage } from './pages/settings-page';

const CAKOVEC: SeedCompany = {
  id: 'c0000000-0000-4000-8000-000000000001',
  legalName: 'Čakovec Metal d.o.o.',
  country: 'HR',
  city: 'Čakovec',
};
const NOVI_SAD: SeedCompany = {
  id: 'c0000000-0000-4000-8000-000000000002',
  legalName: 'Нови Сад Софтвер д.о.о.',
  country: 'RS',
  city: 'Нови Сад',
};
const DJORDJEVIC: SeedCompany = {
  id: 'c0000000-0000-4000-8000-000000000003',
  legalName: 'Đorđević Inženjering d.o.o.',
  country: 'ME',
  city: 'Podgorica',
};
const THESSALY: SeedCompany = {
  id: 'c0000000-0000-4000-8000-000000000004',
  legalName: 'Ελαιουργία Θεσσαλίας Α.Ε.',
  country: 'GR',
  city: 'Λάρισα',
};
// 41 more "Metal…" companies: with Čakovec Metal, 42 matches of "metal", three pages of 20.
const METALS: SeedCompany[] = Array.from({ length: 41 }, (_, i) => ({
  id: `c0000000-0000-4000-8000-1${String(i).padStart(11, '0')}`,
  legalName: `Metallbau Straßburger ${String(i + 1).padStart(2, '0')} GmbH`,
  country: 'DE',
  city: 'Görlitz',
}));

async function seed(page: Page): Promise<void> {
  await seedCompanies(page, [CAKOVEC, NOVI_SAD, DJORDJEVIC, THESSALY, ...METALS]);
  await page.reload();
  await page.getByRole('navigation').waitFor();
}

test('the interview picker folds like the registry, pages with neutral buttons and a range, and works from the keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open('/interviews/new');
  await seed(page);
  await app.open('/interviews/new');
  await page.locator('[name="interviewer"]').fill('Ana Horvat');
  const search = page.locator('input[type="search"]').first();

  // Case, diacritics, đ, Greek without tonos, Serbian Cyrillic found by Latin and back.
  for (const [text, name] of [
    ['cakovec', CAKOVEC.legalName],
    ['CAKOVEC met', CAKOVEC.legalName],
    ['novi sad', NOVI_SAD.legalName],
    ['Ђорђевић', DJORDJEVIC.legalName],
    ['dordevic inz', DJORDJEVIC.legalName],
    ['θεσσαλιας', THESSALY.legalName],
    ['strassburger 07', 'Metallbau Straßburger 07 GmbH'],
  ] as const) {
    await search.fill(text);
    await expect(page.getByText(name, { exact: true }), text).toBeVisible();
  }

  const picker = page.getByTestId('picker-companyId');
  const combobox = picker.getByRole('combobox');
  const listbox = picker.getByRole('listbox');
  await expect(combobox).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
  await combobox.fill('metal');
  await expect(listbox.getByRole('option')).toHaveCount(20);
  await expect(picker.getByTestId('picker-range')).toHaveText('1–20 of 42');
  const previous = picker.getByRole('button', { name: 'Previous page' });
  const next = picker.getByRole('button', { name: 'Next page' });
  await expect(previous).toBeDisabled();
  // Neutral buttons, not the red destructive style.
  for (const button of [previous, next])
    expect(await button.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(180, 35, 24)');
  await app.screenshot('company-picker-en');
  await next.click();
  await expect(picker.getByTestId('picker-range')).toHaveText('21–40 of 42');
  await next.click();
  await expect(picker.getByTestId('picker-range')).toHaveText('41–42 of 42');
  await expect(next).toBeDisabled();
  await previous.click();
  await previous.click();

  // Keyboard: arrows move the active option (announced through aria-activedescendant) and run on
  // to the next page; Page Down changes page; Enter chooses.
  await combobox.focus();
  const activeName = async () =>
    (await page.locator(`[id="${await combobox.getAttribute('aria-activedescendant')}"]`).textContent()) ?? '';
  expect(await activeName()).toContain('Čakovec Metal');
  await page.keyboard.press('ArrowDown');
  expect(await activeName()).toContain('Metallbau Straßburger 01');
  await page.keyboard.press('PageDown');
  await expect(picker.getByTestId('picker-range')).toHaveText('21–40 of 42');
  await page.keyboard.press('ArrowUp');
  await expect(picker.getByTestId('picker-range')).toHaveText('1–20 of 42');
  expect(await activeName()).toContain('Metallbau Straßburger 19');
  await page.keyboard.press('Enter');
  await expect(picker.getByTestId('picker-chosen')).toHaveText('Chosen: Metallbau Straßburger 19 GmbH (Germany)');
  await expect(picker.getByRole('option', { selected: true })).toHaveText(/Metallbau Straßburger 19/);
  await page.locator('form button[type="submit"]').last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metallbau Straßburger 19 GmbH');

  await app.open('/interviews/new');
  await page.locator('input[type="search"]').first().fill('zzz');
  await expect(page.getByTestId('picker-empty')).toHaveText('No company matches “zzz”.');

  for (const language of ['de', 'el']) {
    const settings = new SettingsPage(page);
    await settings.open('/settings');
    await settings.chooseLanguage(language);
    await app.open('/interviews/new');
    await page.locator('input[type="search"]').first().fill('metal');
    await expect(page.getByTestId('picker-range')).toHaveText(language === 'de' ? '1–20 von 42' : '1–20 από 42');
    await app.screenshot(`company-picker-${language}`);
  }
});
