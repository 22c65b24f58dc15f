import { expect, test, type Page } from '@playwright/test';
import { InterviewPage } from './pages/interview-page';

const COMPANY = {
  legalName: 'Thessaly Olive Presses S.A.',
  country: 'GR',
  firstName: 'Eleni',
  lastName: 'Papadopoulou',
  email: 'eleni@olive.gr',
};

/** Collects what the page's Content-Security-Policy refused (TipTap must not inject styles). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('a whole interview with the keyboard only', async ({ page }) => {
  const violations = watchCsp(page);
  const app = new InterviewPage(page);
  const keys = page.keyboard;

  // An event, made current: everything created now carries it.
  await app.open('/events');
  await keys.press('Control+Shift+E');
  await expect(app.field('name')).toBeFocused();
  await keys.type('Agrotica Fair 2026');
  await keys.press('Tab');
  // The date field's segment order follows the browser's locale: day first or month first.
  await keys.type('05022026');
  if ((await app.field('date').inputValue()) !== '2026-02-05') {
    await keys.press('Shift+Tab');
    await keys.press('Shift+Tab');
    await keys.type('02052026');
  }
  await expect(app.field('date')).toHaveValue('2026-02-05');
  await app.tabTo(app.field('place'));
  await keys.type('Thessaloniki');
  await keys.press('Enter');
  await expect(page.getByTestId('current-event')).toContainText('Agrotica Fair 2026');

  // A new interview of a company met at the stand.
  await app.open('/interviews');
  await keys.press('Control+Shift+I');
  await app.tabTo(app.field('interviewer'));
  await keys.type('Nikos Georgiou');
  await app.tabTo(app.option('mode', 'existing'));
  await keys.press('ArrowDown');
  await expect(app.option('mode', 'quick')).toBeChecked();
  await app.tabTo(app.field('legalName'));
  await keys.type(COMPANY.legalName);
  await keys.press('Tab');
  await keys.type('Greece');
  await expect(page.locator('select[name="country"]')).toHaveValue('GR');
  await keys.press('Tab');
  await keys.type(COMPANY.firstName);
  await keys.press('Tab');
  await keys.type(COMPANY.lastName);
  await keys.press('Tab');
  await keys.type(COMPANY.email);
  await keys.press('Enter');
  await page.getByTestId('interview').waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMPANY.legalName);
  await expect(page.getByTestId('interview')).toContainText('Agrotica Fair 2026');

  // 1. Motivation: the role comes from the company (both), objectives by Space, text typed.
  await expect(app.option('roleWanted', 'both')).toBeChecked();
  await app.tabTo(app.option('objectives', 'markets'));
  await keys.press('Space');
  await app.tabTo(app.option('objectives', 'partners'));
  await keys.press('Space');
  await app.tabTo(app.field('motivation'));
  await keys.type('Find a distributor for our presses in Slovenia and Croatia.');
  await app.screenshot('interview-1-motivation-en');

  // 2. Host offer.
  await app.switchSection('Alt+PageDown', 'hostOffer');
  await app.tabTo(app.field('mentorName'));
  await keys.type('Kostas Dimou');
  await keys.press('Tab');
  await keys.type('Head of production');
  await keys.press('Tab');
  await keys.type('Assembly line, quality control and visits to olive mills.');
  // Every keystroke landed in the field it was typed into.
  await expect(app.field('mentorName')).toHaveValue('Kostas Dimou');
  await expect(app.field('mentorRole')).toHaveValue('Head of production');
  await expect(app.field('hostTasks')).toHaveValue('Assembly line, quality control and visits to olive mills.');
  await keys.press('Tab');
  await keys.press('Space');
  await keys.press('ArrowDown');
  await expect(app.option('workspace', 'deskAndEquipment')).toBeChecked();
  await app.screenshot('interview-2-host-offer-en');

  // 3. Countries and sectors.
  await app.switchSection('Alt+PageDown', 'preferences');
  await app.tabTo(app.field('preferredCountryChoice'));
  await keys.type('Slovenia');
  await keys.press('Tab');
  await keys.press('Enter');
  await expect(app.field('preferredCountryChoice')).toBeFocused();
  await keys.type('Croatia');
  await keys.press('Tab');
  await keys.press('Enter');
  await expect(page.locator('.chips')).toHaveText(/Slovenia.*Croatia/);
  await app.tabTo(app.option('preferredSectors', 'C'));
  await keys.press('Space');
  await app.screenshot('interview-3-preferences-en');

  // 4. Duration and timing.
  await app.switchSection('Alt+PageDown', 'duration');
  await app.tabTo(app.field('durationMonths'));
  await keys.type('3');
  await keys.press('Tab');
  await keys.type('2027-03');
  await keys.press('Tab');
  await keys.type('Not during the olive harvest (November–December).');
  await app.screenshot('interview-4-duration-en');

  // 5. A candidate participant, created on the company with a language and its level.
  await app.switchSection('Alt+PageDown', 'participants');
  await app.tabTo(app.field('firstName'));
  await keys.type('Giorgos');
  await keys.press('Tab');
  await keys.type('Nikolaou');
  await app.tabTo(app.field('language.0'));
  await keys.type('English');
  await keys.press('Tab');
  await keys.type('B2');
  await app.tabTo(page.getByRole('button', { name: 'Add the candidate' }));
  await keys.press('Enter');
  const giorgos = page.locator('label.choice--person', { hasText: 'Giorgos Nikolaou' });
  await expect(giorgos.locator('input')).toBeChecked();
  await expect(giorgos).toContainText('English B2');
  await app.screenshot('interview-5-participants-en');

  // 6. Practical needs.
  await app.switchSection('Alt+PageDown', 'practical');
  await app.tabTo(app.option('practicalNeeds', 'accommodation'));
  await keys.press('Space');
  await app.screenshot('interview-6-practical-en');

  // 7. Consent.
  await app.switchSection('Alt+PageDown', 'consent');
  await app.tabTo(app.field('consentStore'));
  await keys.press('Space');
  await keys.press('Tab');
  await keys.press('Space');
  await expect(app.field('consentShare')).toBeChecked();

  // Notes, with the toolbar's shortcuts and a task list.
  await app.tabTo(app.notes);
  await keys.type('Met at the stand. ');
  await keys.press('Control+B');
  await keys.type('Very motivated');
  await keys.press('Control+B');
  await keys.press('Enter');
  await keys.type('[ ] Send the registration form');
  await expect(app.notes.locator('strong')).toHaveText('Very motivated');
  await expect(app.notes.locator('ul[data-type="taskList"] li > div')).toHaveText('Send the registration form');
  await expect(app.notes.getByRole('checkbox', { name: 'To do: Send the registration form' })).not.toBeChecked();
  await expect(page.getByRole('button', { name: /^Bold/ })).toHaveAttribute('aria-pressed', 'false');
  await app.waitSaved();
  await app.screenshot('interview-7-consent-en');

  // Shift+Tab in a list outdents it: Escape leaves the editor for its toolbar first.
  await keys.press('Escape');
  await expect(page.getByRole('button', { name: /^Bold/ })).toBeFocused();
  await app.tabTo(page.getByTestId('finish'), { backwards: true });
  await keys.press('Enter');
  await expect(page.getByTestId('completed-notice')).toHaveText(
    'Interview completed. The company is now marked as interviewed.',
  );
  await expect(page.locator('.badge--completed').first()).toHaveText('Completed');
  await expect(page.locator('.section-nav__item--done')).toHaveCount(7);
  await expect(app.notes.locator('ul[data-type="taskList"] li > div')).toHaveText('Send the registration form');
  await app.screenshot('interview-completed-en');

  // The printed summary, in the UI language.
  await page.emulateMedia({ media: 'print' });
  const summary = page.getByTestId('print-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText(`Intake interview: ${COMPANY.legalName}`);
  await expect(summary).toContainText('Preferred countriesSlovenia, Croatia');
  await expect(summary).toContainText('Duration in months3 months');
  await expect(summary).toContainText('Very motivated');
  await expect(page.getByTestId('section-consent')).toBeHidden();
  await app.screenshot('interview-print-en');
  await page.emulateMedia({ media: 'screen' });

  // A completed interview can be amended; the history says what changed.
  await app.sectionTab('duration').click();
  await app.field('durationMonths').fill('4');
  await app.waitSaved();
  await page.locator('.history summary').click();
  const history = page.getByTestId('interview-history');
  await expect(history.locator('.history__step').first()).toContainText('Amended');
  await expect(history.locator('.history__step').first()).toContainText('Duration in months');
  await expect(history.locator('.history__step--completed')).toHaveCount(1);
  await expect(history.locator('.history__step--started')).toHaveCount(1);
  await app.screenshot('interview-history-en');

  // The event's page lists the interview and the company.
  await app.open('/events');
  await page.getByRole('link', { name: 'See its interviews and companies' }).focus();
  await keys.press('Enter');
  await expect(page.getByTestId('interview-table')).toContainText(COMPANY.legalName);
  await expect(page.getByTestId('interview-table')).toContainText('Completed');
  await expect(page.getByTestId('event-companies')).toContainText(COMPANY.legalName);
  await app.screenshot('event-detail-en');

  expect(violations).toEqual([]);
  expect(await page.locator('style[data-tiptap-style]').count()).toBe(0);
});

test('a missing required answer blocks completion with a clear message', async ({ page }) => {
  const app = new InterviewPage(page);
  await app.startWithQuickCompany('Nikos Georgiou', COMPANY);
  await app.option('roleWanted', 'send').check();
  await app.field('motivation').fill('markets');
  await expect(app.errorFor('motivation')).toHaveText('Say a bit more: at least 20 characters.');
  await page.getByTestId('finish').click();
  const alert = page.getByTestId('completion-alert');
  await expect(alert.getByRole('heading')).toHaveText(
    'The interview cannot be finished yet: 7 answers are missing or wrong.',
  );
  await expect(alert).toContainText(
    'Consent — The company agrees that the contact point stores its data for the programme: The interview cannot be finished without this consent.',
  );
  await expect(app.errorFor('objectives')).toHaveText('Choose at least one.');
  await app.screenshot('interview-blocked-en');

  await alert.getByRole('button', { name: /^Consent/ }).click();
  await expect(app.section('consent')).toBeVisible();
  await expect(app.field('consentStore')).toBeFocused();
  await expect(app.errorFor('consentStore')).toHaveText('The interview cannot be finished without this consent.');
  await app.field('consentStore').check();
  await expect(alert.getByRole('heading')).toHaveText(
    'The interview cannot be finished yet: 6 answers are missing or wrong.',
  );
  // The shrinking list never takes the focus from the answer being given.
  await expect(app.field('consentStore')).toBeFocused();
  await alert.getByRole('button', { name: /Motivation in the company/ }).click();
  await expect(app.field('motivation')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' and partners in Slovenia');
  await expect(app.field('motivation')).toHaveValue('markets and partners in Slovenia');
  await expect(alert.getByRole('heading')).toHaveText(
    'The interview cannot be finished yet: 5 answers are missing or wrong.',
  );
  await expect(app.field('motivation')).toBeFocused();

  // Still in progress: nothing was completed.
  await app.waitSaved();
  await app.open('/interviews?status=inProgress');
  await expect(page.getByTestId('interview-table')).toContainText(COMPANY.legalName);
  await app.open('/interviews?status=completed');
  await expect(page.getByTestId('interviews-empty')).toBeVisible();
});

test('typing right after switching sections on a slow machine loses no keystroke', async ({ page }) => {
  // A busy machine: the CPU runs six times slower and a frame is painted only every half second.
  await page.addInitScript(() => {
    const paint = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => paint(() => setTimeout(() => paint(callback), 500));
  });
  const app = new InterviewPage(page);
  const keys = page.keyboard;
  await app.startWithQuickCompany('Nikos Georgiou', COMPANY);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

  await app.field('motivation').focus();
  await keys.type('Find a distributor for our presses in Slovenia.');
  await app.switchSection('Alt+PageDown', 'hostOffer');
  // Typed at once, before the next frame: every field keeps what was typed into it.
  await app.tabTo(app.field('mentorName'));
  await keys.type('Kostas Dimou');
  await keys.press('Tab');
  await keys.type('Head of production');
  await keys.press('Tab');
  await keys.type('Assembly line and quality control.');
  await expect(app.field('hostTasks')).toBeFocused();
  await expect(app.field('mentorName')).toHaveValue('Kostas Dimou');
  await expect(app.field('mentorRole')).toHaveValue('Head of production');
  await expect(app.field('hostTasks')).toHaveValue('Assembly line and quality control.');

  // Back and forth, then from the database: the save round-trips overwrote nothing.
  await app.switchSection('Alt+PageUp', 'motivation');
  await expect(app.field('motivation')).toHaveValue('Find a distributor for our presses in Slovenia.');
  await app.switchSection('Alt+PageDown', 'hostOffer');
  await expect(app.field('mentorName')).toHaveValue('Kostas Dimou');
  await app.waitSaved();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.reload();
  await app.sectionTab('hostOffer').click();
  await expect(app.field('mentorName')).toHaveValue('Kostas Dimou');
  await expect(app.field('mentorRole')).toHaveValue('Head of production');
  await expect(app.field('hostTasks')).toHaveValue('Assembly line and quality control.');
});
