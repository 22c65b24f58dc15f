import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoSeriousViolations } from './pages/a11y';
import { AgreementsPage } from './pages/agreements-page';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(ROOT, 'test-results/pdf');
const clauses = (language: string) =>
  (
    JSON.parse(readFileSync(path.join(ROOT, 'locales', language, 'agreement.json'), 'utf8')) as {
      clauses: Record<string, { text: string }>;
    }
  ).clauses;
const folded = (text: string) => text.replace(/\s+/g, ' ');

const SENDING = {
  id: '11111111-1111-4111-8111-111111111111',
  legalName: 'Čokolada Đurđević d.o.o.',
  country: 'HR',
  city: 'Osijek',
  address: 'Ulica Šime Ljubića 5',
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

test('an agreement: bad period refused, fixed, bilingual hr + el PDF, signed, edit refused, amended', async ({
  page,
}) => {
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
  // The pickers fold like the registry: no diacritics, Greek without accents.
  await app.chooseCompany('sendingCompanyId', 'cokolada durdevic', SENDING.legalName);
  await app.field('participantId').selectOption(PARTICIPANT.id);
  await app.chooseCompany('hostCompanyId', 'θεσσαλιας', HOST.legalName);
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
  await expect(app.notice).toContainText('PDF generated in', { timeout: 30_000 });
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
  // A 10-byte text file named scan.pdf is refused: nothing filed, still sent for signature.
  await page
    .getByTestId('agreement-scan-input')
    .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf\n') });
  await expect(app.notice).toHaveText(
    'This file is only 10 bytes: too small to be the scan of a signed agreement (at least 1 kB). Nothing was filed.',
  );
  await expect(app.status).toHaveText('Sent for signature');
  await page
    .getByTestId('agreement-scan-input')
    .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(4096, 'not a pdf ') });
  await expect(app.notice).toHaveText('The signed scan must be a PDF, PNG or JPEG file.');
  // A real PDF is shown, then filed only once confirmed.
  await page
    .getByTestId('agreement-scan-input')
    .setInputFiles({ name: 'signed.pdf', mimeType: 'application/pdf', buffer: readFileSync(pdfFile) });
  const dialog = page.getByTestId('scan-dialog');
  await expect(dialog.getByTestId('scan-facts')).toContainText('signed.pdf');
  await expect(dialog.getByTestId('scan-facts')).toContainText(/\d+ pages/);
  await expect(dialog).toContainText(`moves ${SENDING.legalName} and ${HOST.legalName} to “agreement signed”`);
  await app.screenshot('agreement-scan-confirm-en');
  await expectNoSeriousViolations(page, 'scan dialog (en)');
  await dialog.getByTestId('dialog-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(app.status).toHaveText('Sent for signature');
  await page
    .getByTestId('agreement-scan-input')
    .setInputFiles({ name: 'signed.pdf', mimeType: 'application/pdf', buffer: readFileSync(pdfFile) });
  await page.getByTestId('scan-dialog').getByTestId('dialog-confirm').click();
  await expect(app.status).toHaveText('Signed');
  // A wrong file filed by mistake is replaced: still signed, both files kept.
  await page.getByTestId('agreement-replace-input').setInputFiles(path.join(ROOT, 'resources/icon.png'));
  await expect(page.getByTestId('scan-preview-image')).toBeVisible();
  await expect(page.getByTestId('scan-facts')).toContainText(/\d+ × \d+ pixels/);
  await app.screenshot('agreement-scan-replace-en');
  await expectNoSeriousViolations(page, 'scan replacement dialog with its image preview (en)');
  await page.getByTestId('scan-dialog').getByTestId('dialog-confirm').click();
  await expect(app.notice).toContainText('The new scan is filed');
  await expect(app.status).toHaveText('Signed');
  await expect(page.getByTestId('agreement-versions').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('agreement-generate')).toHaveCount(0);
  await app.screenshot('agreement-signed-en');

  await page.getByTestId('agreement-edit').click();
  await expect(page.getByTestId('agreement-locked')).toContainText('can no longer be edited');
  await expect(page.locator('form [name="endDate"]')).toHaveCount(0);
  await app.screenshot('agreement-edit-refused-en');

  await page.getByTestId('agreement-amend').click();
  const amendDialog = page.getByTestId('amend-dialog');
  await expect(amendDialog).toContainText(/A new draft agreement, [A-Z]{2}-\d{4}-[0-9A-F]{4}-A1, is created/);
  await amendDialog.getByTestId('dialog-cancel').click();
  await expect(page.getByTestId('agreement-locked')).toBeVisible();
  await page.getByTestId('agreement-amend').click();
  await app.screenshot('agreement-amend-confirm-en');
  await expectNoSeriousViolations(page, 'amend dialog (en)');
  await page.getByTestId('amend-dialog').getByTestId('dialog-confirm').click();
  await expect(page.getByRole('heading', { name: /^Amendment [A-Z]{2}-\d{4}-[0-9A-F]{4}-A1$/ })).toBeVisible();
  await expect(app.field('endDate')).toHaveValue('2026-06-30');
  await app.field('endDate').fill('2026-07-31');
  await app.save();
  await expect(app.status).toHaveText('Draft');
  await expect(page.getByText(/^Amendment of agreement [A-Z]{2}-\d{4}-[0-9A-F]{4}$/)).toBeVisible();
  await app.screenshot('agreement-amendment-en');

  await page.getByRole('link', { name: 'All agreements' }).first().click();
  await expect(page.getByTestId('agreements-table').locator('tbody tr')).toHaveCount(2);
  const firstRow = page.getByTestId('agreements-table').locator('tbody tr').first();
  await expect(firstRow).toContainText('Željka Šimić-Horvat');
  await expect(firstRow).toContainText(SENDING.legalName);
  await expect(firstRow).toContainText(HOST.legalName);
  await page.getByTestId('filter-status').selectOption('signed');
  await expect(page.getByTestId('agreements-table').locator('tbody tr')).toHaveCount(1);
  await app.screenshot('agreements-list-en');
});

test('in Greek: the form explains every refusal in Greek, including two companies of one country', async ({ page }) => {
  const app = new AgreementsPage(page);
  await app.open('/agreements');
  const SECOND_HR = {
    id: '44444444-4444-4444-8444-444444444444',
    legalName: 'Međimurje Tech d.o.o.',
    country: 'HR',
    city: 'Čakovec',
  };
  await app.seed({
    profile: {
      organisationName: 'Σύνδεσμος Επιχειρήσεων και Βιομηχανιών Θεσσαλίας',
      country: 'GR',
      contactPerson: 'Ελένη',
      email: 'eleni@sbth.gr',
    },
    companies: [SENDING, HOST, SECOND_HR],
    people: [PARTICIPANT],
    uiLanguage: 'el',
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Συμφωνίες απόσπασης');
  await expect(page.getByText('Δεν υπάρχουν ακόμη συμφωνίες.', { exact: false })).toBeVisible();
  await app.screenshot('agreements-empty-el');

  await page.getByTestId('agreement-new').click();
  await app.save();
  await expect(app.errorFor('sendingCompanyId')).toHaveText('Το πεδίο αυτό είναι υποχρεωτικό.');
  await expect(app.errorFor('terms.mentor')).toHaveText('Το πεδίο αυτό είναι υποχρεωτικό.');
  await expect(app.saveState).toHaveText('Δεν αποθηκεύτηκε τίποτα: διορθώστε τα πεδία που επισημαίνονται με κόκκινο.');

  await app.chooseCompany('sendingCompanyId', 'Čokolada', SENDING.legalName);
  await app.chooseCompany('hostCompanyId', 'medimurje', SECOND_HR.legalName);
  await app.field('participantId').selectOption(PARTICIPANT.id);
  await app.field('startDate').fill('2026-03-02');
  await app.field('endDate').fill('2026-12-31');
  await app.save();
  await expect(app.errorFor('hostCompanyId')).toHaveText(
    'Η επιχείρηση υποδοχής πρέπει να βρίσκεται σε άλλη χώρα από την αποστέλλουσα.',
  );
  await expect(app.errorFor('endDate')).toHaveText('Πολύ μεγάλη: μια απόσπαση διαρκεί το πολύ 6 μήνες.');
  // Our organisation is Greek: it fills the host side's partner; the languages follow the countries.
  await expect(app.field('terms.hostPartner')).toHaveValue('');
  await app.chooseCompany('hostCompanyId', 'ελαιουργια', HOST.legalName);
  await expect(app.field('terms.hostPartner')).toHaveValue('Σύνδεσμος Επιχειρήσεων και Βιομηχανιών Θεσσαλίας');
  await expect(app.field('languages')).toHaveValue('hr');
  await expect(app.field('language2')).toHaveValue('el');
  await app.screenshot('agreement-form-el');
});

test('a PDF form: imported, fields mapped once, filled from an agreement with its values kept', async ({ page }) => {
  const app = new AgreementsPage(page);
  await app.open('/agreements');
  const agreementId = '55555555-5555-4555-8555-555555555555';
  await app.seed({
    profile: { organisationName: 'Tera Tehnopolis', country: 'HR', contactPerson: 'Ana Kovač', email: 'ana@tera.hr' },
    companies: [SENDING, HOST],
    people: [PARTICIPANT],
    agreements: [
      {
        id: agreementId,
        reference: 'HR-2026-F0RM',
        status: 'draft',
        sendingCompanyId: SENDING.id,
        participantId: PARTICIPANT.id,
        hostCompanyId: HOST.id,
        sendingCountry: 'HR',
        hostCountry: 'GR',
        startDate: '2026-03-02',
        endDate: '2026-06-30',
        terms: {
          ...TERMS,
          mentor: 'Ελένη Παπαδοπούλου',
          financialSupport: '',
          specialTerms: '',
          sendingPartner: 'Tera Tehnopolis',
        },
        languages: ['hr', 'el'],
        includeEnglish: false,
        layout: 'sideBySide',
      },
    ],
  });
  await app.open('/agreements/forms');
  await page.getByTestId('form-import').setInputFiles(path.join(ROOT, 'resources/forms/sample-agreement-form.pdf'));
  const template = page.getByTestId('form-template');
  await expect(template.getByRole('heading')).toHaveText('sample-agreement-form');
  await expect(template.getByRole('combobox', { name: 'participant_name' })).toHaveValue('participantName');
  await expect(template.getByRole('combobox', { name: 'central_office_notes' })).toHaveValue('');
  await template.getByRole('combobox', { name: 'sending_company' }).selectOption('sendingName');
  await template.getByRole('combobox', { name: 'place_of_work' }).selectOption('placeOfWork');
  await template.getByRole('button', { name: 'Save mapping' }).click();
  await expect(template.getByText('Mapping saved.')).toBeVisible();
  await app.screenshot('agreement-forms-en');
  await page.reload();
  await expect(page.getByTestId('form-template').getByRole('combobox', { name: 'sending_company' })).toHaveValue(
    'sendingName',
  );

  await app.open(`/agreements/${agreementId}`);
  await page.getByLabel('Language of dates and countries').selectOption('el');
  await page.getByLabel('Flatten (the filled values can no longer be edited)').uncheck();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Fill and save…' }).click(),
  ]);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, 'e2e-form-filled.pdf');
  await download.saveAs(file);
  const { PDFDocument } = await import('@cantoo/pdf-lib');
  const form = (await PDFDocument.load(readFileSync(file))).getForm();
  expect(form.getTextField('participant_name').getText()).toBe('Željka Šimić-Horvat');
  expect(form.getTextField('sending_company').getText()).toBe(SENDING.legalName);
  expect(form.getTextField('host_company').getText()).toBe(HOST.legalName);
  expect(form.getTextField('mentor').getText()).toBe('Ελένη Παπαδοπούλου');
  expect(form.getTextField('start_date').getText()).toBe('2 Μαρτίου 2026');
  expect(form.getTextField('central_office_notes').getText()).toBeUndefined();
  execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
  await app.screenshot('agreement-detail-draft-en');
});

test('in German and Serbian Cyrillic: the list and an agreement sent for signature read well', async ({ page }) => {
  const app = new AgreementsPage(page);
  await app.open('/agreements');
  const base = {
    sendingCompanyId: SENDING.id,
    participantId: PARTICIPANT.id,
    hostCompanyId: HOST.id,
    sendingCountry: 'HR',
    hostCountry: 'GR',
    terms: { ...TERMS, financialSupport: '', specialTerms: '', sendingPartner: 'Tera Tehnopolis' },
    languages: ['hr', 'el'],
    includeEnglish: true,
    layout: 'sequential',
  };
  await app.seed({
    profile: { organisationName: 'Tera Tehnopolis', country: 'HR', contactPerson: 'Ana Kovač', email: 'ana@tera.hr' },
    companies: [SENDING, HOST],
    people: [PARTICIPANT],
    uiLanguage: 'de',
    agreements: [
      {
        ...base,
        id: '66666666-6666-4666-8666-666666666666',
        reference: 'HR-2026-0A01',
        status: 'sentForSignature',
        startDate: '2026-03-02',
        endDate: '2026-06-30',
      },
      {
        ...base,
        id: '77777777-7777-4777-8777-777777777777',
        reference: 'HR-2026-0A02',
        status: 'inSecondment',
        startDate: '2026-01-05',
        endDate: '2026-04-30',
      },
    ],
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entsendungsvereinbarungen');
  await expect(page.getByText('2 Vereinbarungen')).toBeVisible();
  await app.screenshot('agreements-list-de');
  await page.getByRole('link', { name: 'HR-2026-0A01' }).click();
  await expect(app.status).toHaveText('Zur Unterschrift versandt');
  await expect(page.getByTestId('agreement-attach-scan')).toHaveText('Unterzeichneten Scan anhängen…');
  await app.screenshot('agreement-detail-de');

  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('lcp-desk');
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: 'ui.language', value: 'sr-Cyrl', updatedAt: new Date().toISOString() });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await expect(app.status).toHaveText('Послат на потпис');
  await app.screenshot('agreement-detail-sr-Cyrl');
});

test('browser mode with the network cut after the first load: the PDF is still generated; in Greek the versions table fits its card', async ({
  page,
  context,
}) => {
  const app = new AgreementsPage(page);
  await app.open('/agreements');
  const agreementId = '88888888-8888-4888-8888-888888888888';
  await app.seed({
    profile: { organisationName: 'Tera Tehnopolis', country: 'HR', contactPerson: 'Ana Kovač', email: 'ana@tera.hr' },
    companies: [SENDING, HOST],
    people: [PARTICIPANT],
    uiLanguage: 'el',
    agreements: [
      {
        id: agreementId,
        reference: 'HR-2026-0FF1',
        status: 'draft',
        sendingCompanyId: SENDING.id,
        participantId: PARTICIPANT.id,
        hostCompanyId: HOST.id,
        sendingCountry: 'HR',
        hostCountry: 'GR',
        startDate: '2026-03-02',
        endDate: '2026-06-30',
        terms: { ...TERMS, financialSupport: '', specialTerms: '', sendingPartner: 'Tera Tehnopolis' },
        languages: ['hr', 'el'],
        includeEnglish: true,
        layout: 'sequential',
      },
    ],
  });
  // The list names the parties.
  const row = page.getByTestId('agreements-table').locator('tbody tr');
  await expect(row).toContainText('Željka Šimić-Horvat');
  await expect(row).toContainText(HOST.legalName);
  await app.screenshot('agreements-list-el');
  // The start-up prefetch has fetched the fonts and every language's clause texts.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .filter((e) => /\/(agreement-[\w-]+\.js|NotoSans-\w+-[\w-]+\.ttf)$/.test(e.name)).length,
      ),
    )
    .toBeGreaterThanOrEqual(15);
  await context.setOffline(true);
  await row.getByRole('link', { name: 'HR-2026-0FF1' }).click();
  await page.getByTestId('agreement-generate').click();
  await expect(app.status).toHaveText('Δημιουργήθηκε PDF');
  await expect(app.notice).toContainText('Το PDF δημιουργήθηκε');
  await context.setOffline(false);

  const versions = page.getByTestId('agreement-versions');
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 820 });
    await expect(versions.locator('tbody tr')).toHaveCount(1);
    const fits = await versions.evaluate((table) => {
      const card = table.closest('.card')!;
      return table.getBoundingClientRect().right <= card.getBoundingClientRect().right - 1;
    });
    expect(fits, `versions table inside its card at ${width} px`).toBe(true);
    await app.screenshot(`agreement-versions-el-${width}`);
  }
});
