/**
 * WCAG 2.1 AA, issue 17: the main tasks by keyboard only, with the focus checked after each step;
 * axe-core over every screen with content (in English and German) and over each open dialog; reflow
 * at 200 % zoom (640 px wide) and at 320 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { AgreementsPage } from './pages/agreements-page';
import { InterviewPage } from './pages/interview-page';
import {
  describeFocus,
  expectNoHorizontalScroll,
  expectNoSeriousViolations,
  h1,
  onScreen,
  openScreen,
  agreementAtZoom,
  screenName,
  tabTo,
  typeDate,
} from './pages/a11y';
import { seedCompanies } from './pages/seed-companies';
import { freshSqlite, registerLcp, startHub, type RunningHub } from '../hub/hub-process';

const HOST = { id: '22222222-2222-4222-8222-222222222222', legalName: 'Ελαιουργία Θεσσαλίας Α.Ε.', country: 'GR' };
const COMPANY = 'Čakovec Metal d.o.o.';
const PERSON = { first: 'Milica', last: 'Horvat' };
const TERMS: [string, string][] = [
  ['placeOfWork', 'Larissa, Thessaly'],
  ['mentor', 'Eleni Papadopoulou'],
  ['workingTime', 'Monday to Friday, 9:00–17:00'],
  ['objectives', 'Learn the Greek olive-oil export market'],
  ['tasks', 'Work with the export team on three distributor contacts'],
  ['expectedResults', 'A market entry plan'],
  ['insurance', 'EHIC; accident and liability insurance'],
  ['hostPartner', 'Association of Thessalian Enterprises and Industries'],
];

/** Lists, new-record forms and settings: the screens every pass (axe, reflow, zoom) opens, beside the record pages it has. */
const SCREENS_WITHOUT_A_RECORD = [
  '/',
  '/companies',
  '/companies/new',
  '/interviews',
  '/interviews/new',
  '/agreements',
  '/agreements/new',
  '/agreements/forms',
  '/secondments',
  '/secondments/new',
  '/sync',
  '/settings',
];
const focused = (page: Page, testId: string) => expect(page.getByTestId(testId)).toBeFocused();
test('keyboard only: a company with a person, an interview finished, an agreement and its PDF; axe on every screen in en and de', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const keys = page.keyboard;
  const app = new AgreementsPage(page);
  await app.open('/');
  await app.seed({
    profile: { organisationName: 'Tera Tehnopolis', country: 'HR', contactPerson: 'Ana Kovač', email: 'ana@tera.hr' },
    companies: [HOST],
    people: [],
  });

  // The skip link is the first Tab stop and lands in the main region.
  await keys.press('Tab');
  await focused(page, 'skip-link');
  await expect(page.getByTestId('skip-link')).toBeVisible();
  await keys.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // A company: New company (Ctrl+N), the form's heading has the focus; saved, the new record's heading.
  await keys.press('Control+n');
  await onScreen(page, 'New company');
  await tabTo(page, page.locator('[name="legalName"]'));
  await keys.type(COMPANY);
  await tabTo(page, page.locator('[name="country"]'));
  await keys.type('Croatia');
  await expect(page.locator('[name="country"]')).toHaveValue('HR');
  await tabTo(page, page.locator('[name="city"]'));
  await keys.type('Čakovec');
  await keys.press('Enter');
  await onScreen(page, COMPANY);

  // A person: the form's first field takes the focus; saved, the notice that says so.
  await tabTo(page, page.getByTestId('person-add'));
  await keys.press('Enter');
  await expect(page.locator('[name="person-firstName"]')).toBeFocused();
  await keys.type(PERSON.first);
  await keys.press('Tab');
  await keys.type(PERSON.last);
  await keys.press('Enter');
  await focused(page, 'people-notice');
  await expect(page.getByTestId('people-notice')).toHaveText(`${PERSON.first} ${PERSON.last} saved`);
  await expect(page.getByTestId('live-announcer')).toHaveText(`${PERSON.first} ${PERSON.last} saved`);

  // A removal confirmation is a modal: the focus moves in, Escape closes it and gives the focus back.
  await tabTo(page, page.getByTestId('company-delete'));
  await keys.press('Enter');
  const removal = page.getByTestId('remove-dialog');
  await expect(removal).toBeVisible();
  await expect(removal.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousViolations(page, 'delete company dialog');
  await keys.press('Tab');
  await keys.press('Tab');
  await expect(removal.locator(':focus')).toHaveCount(1);
  await keys.press('Escape');
  await expect(removal).toHaveCount(0);
  await focused(page, 'company-delete');

  // Escape on the company page: back to the list, on the company's row.
  await keys.press('Escape');
  await expect(page).toHaveURL(/#\/companies$/);
  await focused(page, 'company-list');
  await expect(page).toHaveTitle('Companies – LCP Desk');

  // An interview of that company, finished by keyboard.
  await keys.press('Control+Shift+I');
  await onScreen(page, 'New interview');
  await tabTo(page, page.locator('[name="interviewer"]'));
  await keys.type('Ana Kovač');
  const picker = page.locator('.company-picker').getByRole('combobox');
  await tabTo(page, picker);
  await keys.type('cakovec');
  await expect(page.locator('.company-picker').getByRole('option')).toHaveText([new RegExp(COMPANY)]);
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(page.getByTestId('picker-chosen')).toContainText(COMPANY);
  await tabTo(page, page.getByRole('button', { name: 'Start the interview' }));
  await keys.press('Enter');
  await onScreen(page, COMPANY);
  const option = (name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`);
  // Sending only: no host offer to describe.
  await tabTo(page, page.locator('input[name="roleWanted"]:checked'));
  for (let i = 0; i < 3 && !(await option('roleWanted', 'send').isChecked()); i++) await keys.press('ArrowUp');
  await expect(option('roleWanted', 'send')).toBeChecked();
  await tabTo(page, option('objectives', 'markets'));
  await keys.press('Space');
  await tabTo(page, page.locator('[name="motivation"]'));
  await keys.type('Find a distributor in Greece.');
  await keys.press('Alt+PageDown');
  await keys.press('Alt+PageDown');
  await expect(page.locator('#section-title')).toBeFocused();
  await tabTo(page, page.locator('[name="preferredCountryChoice"]'));
  await keys.type('Greece');
  await keys.press('Tab');
  await keys.press('Enter');
  await keys.press('Alt+PageDown');
  await tabTo(page, page.locator('[name="durationMonths"]'));
  await keys.type('3');
  await keys.press('Tab');
  await keys.type('2027-03');
  await keys.press('Alt+PageDown');
  const candidate = page.locator('label.choice--person', { hasText: PERSON.first }).locator('input');
  await tabTo(page, candidate);
  if (!(await candidate.isChecked())) await keys.press('Space');
  await expect(candidate).toBeChecked();
  await keys.press('Alt+PageDown');
  await keys.press('Alt+PageDown');
  await tabTo(page, page.locator('[name="consentStore"]'));
  await keys.press('Space');
  await expect(page.getByTestId('autosave-state')).toHaveAttribute('data-state', /^(saved|idle)$/);
  await tabTo(page, page.getByTestId('finish'), { backwards: true, max: 120 });
  await keys.press('Enter');
  await focused(page, 'completed-notice');
  await expect(page.getByTestId('completed-notice')).toContainText('Interview completed.');

  // An agreement: New agreement (Ctrl+Shift+A), saved, its PDF generated and saved.
  await keys.press('Control+Shift+A');
  await onScreen(page, 'New secondment agreement');
  const sending = page.getByTestId('picker-sendingCompanyId').getByRole('combobox');
  await tabTo(page, sending);
  await keys.type('cakovec');
  await expect(page.getByTestId('picker-sendingCompanyId').getByRole('option')).toHaveText([new RegExp(COMPANY)]);
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(page.getByTestId('picker-sendingCompanyId').getByTestId('picker-chosen')).toContainText(COMPANY);
  await tabTo(page, page.locator('[name="participantId"]'));
  await keys.type(PERSON.first);
  await expect(page.locator('[name="participantId"]')).not.toHaveValue('');
  const host = page.getByTestId('picker-hostCompanyId').getByRole('combobox');
  await tabTo(page, host);
  await keys.type('θεσσαλιας');
  await expect(page.getByTestId('picker-hostCompanyId').getByRole('option')).toHaveText([new RegExp(HOST.legalName)]);
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(page.getByTestId('picker-hostCompanyId').getByTestId('picker-chosen')).toContainText(HOST.legalName);
  await tabTo(page, page.locator('[name="startDate"]'));
  await typeDate(page, page.locator('[name="startDate"]'), '2026-03-02');
  await tabTo(page, page.locator('[name="endDate"]'));
  await typeDate(page, page.locator('[name="endDate"]'), '2026-06-30');
  for (const [name, value] of TERMS) {
    const field = page.locator(`[name="terms.${name}"]`);
    if ((await field.inputValue()) !== '') continue;
    await tabTo(page, field);
    await keys.type(value);
  }
  await tabTo(page, page.getByTestId('agreement-save'));
  await keys.press('Enter');
  await onScreen(page, /^[A-Z]{2}-\d{4}-/);
  const agreementUrl = page.url();
  await tabTo(page, page.getByTestId('agreement-generate'));
  await keys.press('Enter');
  await expect(page.getByTestId('agreement-notice')).toContainText('PDF generated in', { timeout: 60_000 });
  await focused(page, 'agreement-notice');
  await tabTo(page, page.getByTestId('agreement-save-pdf'));
  const [download] = await Promise.all([page.waitForEvent('download'), keys.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('agreement-notice')).toHaveText(`Saved as ${download.suggestedFilename()}`);
  await focused(page, 'agreement-notice');

  // At 200 % zoom the agreement with its versions table stays in its card (the table scrolls in its own region).
  await agreementAtZoom(page, 'en');

  // Every screen, with that content, in English and in German.
  const companyUrl = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lcp-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const ids = await new Promise<{ id: string; legalName: string }[]>((resolve) => {
      const request = db.transaction('companies').objectStore('companies').getAll();
      request.onsuccess = () => resolve(request.result as { id: string; legalName: string }[]);
    });
    const interviews = await new Promise<{ id: string }[]>((resolve) => {
      const request = db.transaction('interviews').objectStore('interviews').getAll();
      request.onsuccess = () => resolve(request.result as { id: string }[]);
    });
    db.close();
    return { company: ids.find((c) => c.legalName.startsWith('Čakovec'))!.id, interview: interviews[0]!.id };
  });
  const agreementPath = new URL(agreementUrl).hash.slice(1);
  const screens = [
    ...SCREENS_WITHOUT_A_RECORD,
    `/companies/${companyUrl.company}`,
    `/companies/${companyUrl.company}/edit`,
    '/events?new=1',
    `/interviews/${companyUrl.interview}`,
    agreementPath,
    `${agreementPath}/edit`,
  ];
  for (const language of ['en', 'de']) {
    if (language === 'de') {
      await openScreen(page, '/settings');
      await page.getByTestId('language-select').selectOption('de');
      await expect(h1(page)).toHaveText('Einstellungen');
    }
    for (const screen of screens) {
      await openScreen(page, screen);
      await expectNoSeriousViolations(page, `${screen} (${language})`);
    }
    if (language === 'de') {
      await openScreen(page, agreementPath);
      await agreementAtZoom(page, 'de');
    }
    // The dialogs: import (its first step), erase, a person's removal.
    await openScreen(page, '/companies');
    await page.locator('.page__head').getByRole('button').first().click();
    await expect(page.getByTestId('import-dialog')).toBeVisible();
    await expectNoSeriousViolations(page, `import dialog (${language})`);
    await keys.press('Escape');
    await openScreen(page, `/companies/${companyUrl.company}`);
    await page.getByTestId('company-erase').click();
    await expect(page.getByTestId('remove-name')).toBeFocused();
    await expectNoSeriousViolations(page, `erase dialog (${language})`);
    await keys.press('Escape');
    await page.getByTestId('person').getByRole('button').nth(1).click();
    await expect(page.getByTestId('person-dialog')).toBeVisible();
    await expectNoSeriousViolations(page, `person removal dialog (${language})`);
    await keys.press('Escape');
    await expect(page.getByTestId('person-dialog')).toHaveCount(0);
  }
});

test('keyboard only: import a CSV in a modal dialog that keeps and gives back the focus', async ({ page }) => {
  const keys = page.keyboard;
  const app = new AgreementsPage(page);
  await app.open('/companies');
  await page.getByTestId('company-count').waitFor();
  const opener = page.locator('.page__head').getByRole('button', { name: 'Import CSV…' });
  await tabTo(page, opener);
  await keys.press('Enter');
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Import companies from CSV' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Import companies from CSV' })).toBeVisible();
  // The focus is inside, and Tab keeps it there (the page behind is inert).
  const file = page.getByLabel('CSV file');
  await expect(file).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await keys.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await expectNoSeriousViolations(page, 'import dialog, pick step');
  // The file itself comes from the operating system's picker; the input is the one labelled "CSV file".
  await file.setInputFiles({
    name: 'companies.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\ufefflegal name;country;city\nAlpine Tools d.o.o.;SI;Kranj\nNo Country Ltd;;Dublin\n'),
  });
  await page.getByTestId('import-preview').waitFor();
  await expect(
    page.getByRole('region', { name: 'First rows of the file, with the field for each column' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'import dialog, mapping step');
  await tabTo(page, dialog.getByRole('button', { name: /^Check/ }));
  await keys.press('Enter');
  await page.getByTestId('import-run').waitFor();
  await expectNoSeriousViolations(page, 'import dialog, review step');
  await tabTo(page, page.getByTestId('import-run'));
  await keys.press('Enter');
  await expect(page.getByTestId('import-done')).toContainText('1 company');
  await tabTo(page, dialog.getByRole('button', { name: 'Close' }));
  await keys.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(page.getByTestId('company-count')).toHaveText('1 company');
});

test('reflow at 200 % zoom (640 px) and at 320 px: one column, a Menu button, no sideways scrolling but in tables', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const app = new AgreementsPage(page);
  await app.open('/');
  await seedCompanies(page, [
    {
      id: '11111111-1111-4111-8111-111111111111',
      legalName: 'Čokolada Đurđević d.o.o.',
      country: 'HR',
      city: 'Osijek',
    },
    HOST,
  ]);
  await app.seed({
    profile: { organisationName: 'Tera Tehnopolis', country: 'HR', contactPerson: 'Ana Kovač', email: 'ana@tera.hr' },
    companies: [],
    people: [
      {
        id: '33333333-3333-4333-8333-333333333333',
        companyId: '11111111-1111-4111-8111-111111111111',
        firstName: 'Željka',
        lastName: 'Šimić-Horvat',
      },
    ],
  });
  const screens = [...SCREENS_WITHOUT_A_RECORD, '/companies/11111111-1111-4111-8111-111111111111', '/events'];
  const shots = new InterviewPage(page);
  for (const width of [640, 320]) {
    await page.setViewportSize({ width, height: width === 640 ? 410 : 640 });
    await app.open('/');
    const toggle = page.getByTestId('menu-toggle');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Companies' })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('navigation').getByRole('link', { name: 'Companies' }).click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    for (const screen of screens) {
      await openScreen(page, screen);
      await expectNoHorizontalScroll(page, `${screen} at ${width} px`);
      if (width === 640) await shots.screenshot(`zoom200-${screenName(screen)}-en`);
    }
    // A person's tags wrap instead of being cut.
    await openScreen(page, '/companies/11111111-1111-4111-8111-111111111111');
    const tag = page.locator('.tag--candidate').first();
    expect(await tag.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    // A person's "Candidate for secondment" label wraps instead of being cut.
    await app.open('/companies/11111111-1111-4111-8111-111111111111');
    await page.getByTestId('person-add').click();
    const label = page.locator('.field--check span').first();
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await expectNoHorizontalScroll(page, `person form at ${width} px`);
  }
  // At 200 % zoom in German (long words) and Greek (another script, long words too): the same screens, looked at.
  await page.setViewportSize({ width: 640, height: 410 });
  const settingsTitles = { de: 'Einstellungen', el: 'Ρυθμίσεις' } as const;
  for (const [language, settingsTitle] of Object.entries(settingsTitles)) {
    await openScreen(page, '/settings');
    await page.getByTestId('language-select').selectOption(language);
    await expect(h1(page)).toHaveText(settingsTitle);
    for (const screen of screens) {
      await openScreen(page, screen);
      await expectNoHorizontalScroll(page, `${screen} at 640 px in ${language}`);
      await shots.screenshot(`zoom200-${screenName(screen)}-${language}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 820 });
  await app.open('/');
  await expect(page.getByTestId('menu-toggle')).toBeHidden();
});

test.describe('with the central office hub running', () => {
  let hub: RunningHub | undefined;
  let token = '';
  test.beforeAll(async () => {
    const storage = freshSqlite();
    token = registerLcp(storage, 'Kranj keyboard');
    hub = await startHub(storage, Number(process.env['E2E_HUB_PORT']));
  });
  test.afterAll(async () => {
    await hub?.stop();
  });

  test('keyboard only: the hub token saved, a sync run, the focus on what it says', async ({ page }) => {
    const keys = page.keyboard;
    await openScreen(page, '/settings');
    await tabTo(page, page.locator('[name="hubToken"]'), { max: 120 });
    await keys.type(token);
    await tabTo(page, page.getByTestId('hub-save'));
    await keys.press('Enter');
    await expect(page.getByTestId('hub-save-state')).toBeVisible();
    expect(await describeFocus(page)).not.toBe('body');

    // To the Sync screen by the sidebar, then Sync now.
    await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Sync' }), { backwards: true, max: 120 });
    await keys.press('Enter');
    await onScreen(page, 'Sync with the central office');
    await tabTo(page, page.getByTestId('sync-now'));
    await keys.press('Enter');
    await expect(page.getByTestId('sync-result')).toBeVisible({ timeout: 30_000 });
    await focused(page, 'sync-outcome');
    await expect(page.getByTestId('live-announcer')).toHaveText('Sync finished');
    await expectNoSeriousViolations(page, 'sync screen after a sync');
  });
});
