import { expect, test } from '@playwright/test';
import { SecondmentsPage } from './pages/secondments-page';

const SENDING = {
  id: '11111111-1111-4111-8111-111111111111',
  legalName: 'Čokolada Đurđević d.o.o.',
  country: 'HR',
  city: 'Osijek',
};
const HOST = {
  id: '22222222-2222-4222-8222-222222222222',
  legalName: 'Ελαιουργία Θεσσαλίας Α.Ε.',
  country: 'GR',
  city: 'Λάρισα',
};
const PARTICIPANT = {
  id: '33333333-3333-4333-8333-333333333333',
  companyId: SENDING.id,
  firstName: 'Željka',
  lastName: 'Šimić-Horvat',
  jobTitle: 'Export manager',
};

test('two companies → new secondment → Learning Project agreed → amount shown → check-in → completed', async ({
  page,
}) => {
  // One long journey with screenshots in four languages, on a shared 2-core machine.
  test.setTimeout(240_000);
  const app = new SecondmentsPage(page);
  await app.open('/secondments');
  await app.seed({
    profile: { organisationName: 'Tera Tehnopolis', country: 'HR', contactPerson: 'Ana Kovač', email: 'ana@tera.hr' },
    companies: [SENDING, HOST],
    people: [PARTICIPANT],
  });
  await expect(page.getByTestId('secondments-empty')).toBeVisible();
  await app.screenshot('secondments-empty-en');

  // From the company page: "Start a secondment" opens the form with the company as the sender.
  await app.open(`/companies/${SENDING.id}`);
  await page.getByTestId('company-start-secondment').click();
  await expect(page.getByTestId('picker-sendingCompanyId').getByTestId('picker-chosen')).toContainText(
    SENDING.legalName,
  );
  // Nothing chosen or filled: every refusal is said in words.
  await page.getByTestId('secondment-create').click();
  await expect(app.errorFor('participantId')).toHaveText('Choose the participant among the sending company’s people.');
  await expect(app.errorFor('mentorName')).toBeVisible();
  await app.screenshot('secondment-new-errors-en');

  await app.field('participantId').selectOption(PARTICIPANT.id);
  await app.chooseCompany('hostCompanyId', 'θεσσαλιας', HOST.legalName);
  await app.field('plannedStart').fill('2027-01-11');
  await app.field('plannedEnd').fill('2027-03-24');
  await app.field('mentorName').fill('Eleni Papadopoulou');
  await app.field('mentorRole').fill('Head of exports');
  await page.getByTestId('secondment-create').click();

  await expect(page.getByTestId('secondment-page')).toBeVisible();
  await expect(app.status).toHaveText('Planned');
  // Estimated before signature: 11 January to 24 March at the Greek rate of €800: 2 months (to 10 March) and 14 days.
  await expect(app.amount).toHaveText('€1,973.33');
  await expect(page.getByTestId('secondment-rate-table')).toContainText('Rate table rates-2020, version 1');
  await expect(page.getByTestId('secondment-unconfirmed')).toHaveText('Rates to be confirmed by the central office');
  await expect(page.getByTestId('secondment-eligibility')).toContainText('All checks pass');

  // Not agreed while empty: the reason in words.
  await app.move('learningProjectAgreed');
  await expect(page.getByTestId('secondment-error')).toHaveText('The Learning Project needs at least one objective.');

  await page.getByTestId('learning-add-objective').click();
  await app.learning('objective-0').fill('Learn about new markets');
  await expect(page.getByTestId('learning-objective')).toContainText('“learn about new markets” is generic');
  await app.learning('measure-0').fill('A list of 20 importers, five of them contacted');
  await app.screenshot('secondment-learning-vague-en');
  await app.learning('objective-0').fill('Map 20 olive oil importers in Croatia and meet five of them');
  await expect(page.getByTestId('learning-objective')).not.toContainText('is generic');
  await page.getByTestId('learning-add-activity').click();
  await app.learning('activity-0').fill('Work with the export team on the bottling line');
  await app.learning('weekTo-0').fill('3');
  await app.learning('resultsSending').fill('A Greek supplier of organic olive oil');
  await app.learning('resultsHost').fill('A first Croatian distributor');
  await app.learning('resultsParticipant').fill('Export procedures; Greek for beginners');
  await app.learning('collaboration-marketResearch').check();
  await app.learning('addLanguage').selectOption('el');
  await page.getByTestId('learning-save').click();
  await expect(page.getByTestId('learning-project').getByRole('status')).toHaveText('Saved');

  await app.move('learningProjectAgreed');
  await expect(app.status).toHaveText('Learning Project agreed');
  await expect(page.getByTestId('learning-project')).toContainText('The Learning Project is agreed.');
  await app.move('agreementSigned');
  await expect(app.status).toHaveText('Agreement signed');
  await expect(app.amount).toHaveText('€1,973.33');
  await expect(page.getByTestId('secondment-funding')).toContainText('Fixed on');

  await app.move('underWay');
  await expect(app.status).toHaveText('Under way');
  const checkIns = page.getByTestId('secondment-checkins');
  await checkIns.locator('[name="checkInNotes"]').fill('Settled in; works with the export team.');
  await checkIns.locator('[name="checkInProblems"]').fill('The flat is far from the plant.');
  await page.getByTestId('secondment-checkin-add').click();
  await expect(page.getByTestId('secondment-checkin')).toHaveCount(1);
  await expect(page.getByTestId('secondment-checkin')).toContainText('Ana Kovač');
  await expect(page.getByTestId('secondment-checkin')).toContainText('The flat is far from the plant.');

  await app.move('completed');
  await expect(app.status).toHaveText('Completed');
  await expect(page.getByTestId('secondment-status-card')).toContainText('Nothing more to do');
  await app.screenshot('secondment-page-en');

  // The companies followed the secondment.
  await app.open(`/companies/${HOST.id}`);
  await expect(page.getByTestId('secondments-table')).toContainText('Completed');

  await app.open('/secondments');
  await expect(page.getByTestId('secondments-table')).toContainText('Željka Šimić-Horvat');
  await page.getByTestId('secondment-filter-status').selectOption('cancelled');
  await expect(page.getByText('No secondment matches these filters.')).toBeVisible();
  await page.getByTestId('secondment-filter-status').selectOption('completed');
  await expect(page.getByTestId('secondments-table')).toContainText('Željka Šimić-Horvat');
  await page.getByTestId('secondment-filter-year').selectOption('2027');
  await expect(page.getByTestId('secondments-table')).toContainText('Željka Šimić-Horvat');
  await app.screenshot('secondments-list-en');

  const secondmentUrl = await page.getByTestId('secondments-table').getByRole('link').first().getAttribute('href');

  // Overdue steps on the Overview: a Learning Project still open a week before the start, a stay ended without a check-in.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const pair = {
    sendingCompanyId: SENDING.id,
    participantId: PARTICIPANT.id,
    hostCompanyId: HOST.id,
    sendingCountry: 'HR',
    hostCountry: 'GR',
    mentorName: 'Eleni Papadopoulou',
    sendingLcpId: 'e2e-lcp',
  };
  await app.seedSecondments([
    {
      ...pair,
      id: '44444444-4444-4444-8444-444444444444',
      status: 'planned',
      plannedStart: day(7),
      plannedEnd: day(60),
    },
    {
      ...pair,
      id: '55555555-5555-4555-8555-555555555555',
      status: 'completed',
      plannedStart: day(-90),
      plannedEnd: day(-5),
      actualStart: day(-90),
      actualEnd: day(-5),
    },
  ]);
  await app.open('/');
  await expect(page.getByTestId('overdue-learningProjectNotAgreed')).toContainText(
    'Learning Project not agreed two weeks before the start',
  );
  await expect(page.getByTestId('overdue-noCheckIn')).toContainText('without a check-in');
  await app.screenshot('overview-en');
  for (const language of ['de', 'el', 'sr-Cyrl']) {
    await app.useLanguage(language);
    await app.open('/secondments');
    await expect(page.getByTestId('secondment-status')).toHaveCount(3);
    await app.screenshot(`secondments-list-${language}`);
    await app.open(secondmentUrl!.replace(/^#/, ''));
    await expect(page.getByTestId('secondment-page')).toBeVisible();
    await expect(app.amount).not.toHaveText('€1,973.33');
    await expect(app.amount).toContainText('1.973,33');
    await app.screenshot(`secondment-page-${language}`);
    await app.open(`/secondments/new?sendingCompanyId=${SENDING.id}`);
    await page.getByTestId('secondment-create').click();
    await app.screenshot(`secondment-new-${language}`);
    await app.open('/');
    await app.screenshot(`overview-${language}`);
  }
});
