import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AgreementsPage } from './pages/agreements-page';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(ROOT, 'test-results/pdf');
const clauses = (language: string) =>
  (JSON.parse(readFileSync(path.join(ROOT, 'locales', language, 'agreement.json'), 'utf8')) as { clauses: Record<string, { text: string }> }).clauses;
const folded = (text: string) => text.replace(/\s+/g, ' ');

const SENDING = { id: '11111111-1111-4111-8111-111111111111', legalName: 'Čokolada Đurđević d.o.o.', country: 'HR', city: 'Osijek', address: 'Ulica Šime Ljubića 5' };
const HOST = { id: '22222222-2222-4222-8222-222222222222', legalName: 'Ελαιουργία Θεσσαλίας Α.Ε.', country: 'GR', city: 'Λάρισα' };
const PARTICIPANT = { id: '33333333-3333-4333-8333-333333333333', companyId: SENDING.id, firstName: 'Željka', lastName: 'Šimić-Horvat', jobTitle: 'Export manager' };
const TERMS = {
  placeOfWork: 'Larissa, Thessaly',
  mentor: 'Eleni Papadopoulou',
  workingTime: 'Monday to Friday, 9:00–17:00',
  objectives: '- Learn the Greek olive-oil export market\n- Improve Greek',
  tasks: '- Work with the export team on three distributor contacts',
  expectedResults: 'A market entry plan and a first distribution agreement.',
  insurance: 'EHIC; accident and liability insurance with Croatia Osiguranje',
  hostPartner: 'Association of Thessalian Enterprises and Industries',
};

test('an agreement: bad period refused, fixed, bilingual hr + el PDF, signed, edit refused, amended', async ({ page }) => {
  const app = new AgreementsPage(page);
  await app.open('/agreements');
  await app.seed({
    profile: { organisationName: 'Tera Tehnopolis', country: 'HR', contactPerson: 'Ana Kovač', email: 'ana@tera.hr' },
    logoPng: [...readFileSync(path.join(ROOT, 'resources/icon.png'))],
    companies: [SENDING, HOST],
    people: [PARTICIPANT],
  });
  await expect(page.getByRole('heading', { name: 'Secondment agreements' })).toBeVisible();
  await app.screenshot('agreements-empty-en');

  await page.getByTestId('agreement-new').click();
  await app.field('sendingCompanyId').selectOption(SENDING.id);
  await app.field('participantId').selectOption(PARTICIPANT.id);
  await app.field('hostCompanyId').selectOption(HOST.id);
  await app.field('startDate').fill('2026-03-02');
  await app.field('endDate').fill('2026-03-20');
  await app.fillTerms(TERMS);
  // Defaults follow the countries: Croatian and Greek; our partner organisation comes from Settings.
  await expect(app.field('languages')).toHaveValue('hr');
  await expect(app.field('language2')).toHaveValue('el');
  await expect(app.field('terms.sendingPartner')).toHaveValue('Tera Tehnopolis');
  await app.save();
  await expect(app.errorFor('endDate')).toHaveText('Too short: a secondment lasts at least 1 month.');
  await expect(app.saveState).toHaveText('Nothing was saved: please correct the fields marked in red.');
  await app.screenshot('agreement-bad-period-en');

  await app.field('endDate').fill('2026-06-30');
  await app.save();
  await expect(app.status).toHaveText('Draft');
  await expect(app.errorFor('endDate')).toHaveCount(0);

  await page.getByTestId('agreement-generate').click();
  await expect(app.notice).toContainText('PDF generated in');
  await expect(app.status).toHaveText('PDF generated');
  await expect(page.getByTestId('agreement-versions').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('agreement-versions')).toContainText('hr + el');
  await app.screenshot('agreement-generated-en');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agreement-save-pdf').click()]);
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdfFile = path.join(ARTIFACTS, 'e2e-hr-el.pdf');
  await download.saveAs(pdfFile);
  const text = folded(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }));
  expect(text).toContain('Željka Šimić-Horvat');
  expect(text).toContain(folded(clauses('el')['employment']!.text));
  expect(text).toContain(folded(clauses('hr')['employment']!.text));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, pdfFile.replace(/\.pdf$/, '')]);

  await page.getByTestId('agreement-send').click();
  await expect(app.status).toHaveText('Sent for signature');
  await page.getByTestId('agreement-scan-input').setInputFiles({ name: 'signed.pdf', mimeType: 'application/pdf', buffer: readFileSync(pdfFile) });
  await expect(app.status).toHaveText('Signed');
  await expect(page.getByTestId('agreement-versions').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('agreement-generate')).toHaveCount(0);
  await app.screenshot('agreement-signed-en');

  await page.getByTestId('agreement-edit').click();
  await expect(page.getByTestId('agreement-locked')).toContainText('can no longer be edited');
  await expect(page.locator('form [name="endDate"]')).toHaveCount(0);
  await app.screenshot('agreement-edit-refused-en');

  await page.getByTestId('agreement-amend').click();
  await expect(page.getByRole('heading', { name: /^Amendment [A-Z]{2}-\d{4}-[0-9A-F]{4}-A1$/ })).toBeVisible();
  await expect(app.field('endDate')).toHaveValue('2026-06-30');
  await app.field('endDate').fill('2026-07-31');
  await app.save();
  await expect(app.status).toHaveText('Draft');
  await expect(page.getByText(/^Amendment of agreement [A-Z]{2}-\d{4}-[0-9A-F]{4}$/)).toBeVisible();
  await app.screenshot('agreement-amendment-en');

  await page.getByRole('link', { name: 'All agreements' }).first().click();
  await expect(page.getByTestId('agreements-table').locator('tbody tr')).toHaveCount(2);
  await page.getByTestId('filter-status').selectOption('signed');
  await expect(page.getByTestId('agreements-table').locator('tbody tr')).toHaveCount(1);
  await app.screenshot('agreements-list-en');
});
