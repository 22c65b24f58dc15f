import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';

const PROFILE = {
  organisationName: 'Association of Thessalian Enterprises and Industries',
  country: 'GR',
  address: 'Eleftheriou Venizelou 1, 41222 Larisa',
  contactPerson: 'Eleni Papadopoulou',
  phone: '+30 2410 123456',
  website: 'www.sbth.gr',
};

test('the app opens with the setup prompt on a fresh profile', async ({ page }) => {
  const app = new SettingsPage(page);
  await app.open('/');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByTestId('overview-setup')).toBeVisible();
  await expect(app.headerTitle).toHaveText('Contact point not set up yet');
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
  await expect(page.getByTestId('overview-work')).toContainText('No current event.');
  await expect(page.getByTestId('overview-interviewsInProgress')).toHaveText(/^0\s*Interviews in progress$/);
  await app.screenshot('overview-empty-en');
});

test('a bad email is refused and nothing is saved; a good profile survives a reload', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await settings.screenshot('settings-empty-en');

  await settings.fillProfile({ ...PROFILE, email: 'eleni.at.sbth.gr' });
  await settings.save();
  await expect(settings.errorFor('email')).toHaveText('Enter an email address such as name@example.eu.');
  await expect(settings.saveState).toHaveText('Nothing was saved: please correct the fields marked in red.');
  await expect(settings.field('email')).toBeFocused();
  await settings.screenshot('settings-invalid-en');
  // Nothing reached the database: a reload shows an empty form and no pending change.
  await page.reload();
  await settings.field('organisationName').waitFor();
  await expect(settings.field('organisationName')).toHaveValue('');
  await expect(settings.pendingChanges).toHaveText('0 changes waiting to be sent to the central office');

  await settings.fillProfile({ ...PROFILE, email: 'eleni@sbth.gr' });
  await settings.save();
  await expect(settings.saveState).toHaveText('Profile saved.');
  await expect(settings.errorFor('email')).toHaveCount(0);
  await expect(settings.headerTitle).toHaveText(PROFILE.organisationName);
  await expect(settings.pendingChanges).toHaveText('1 change waiting to be sent to the central office');

  await page.reload();
  await settings.field('organisationName').waitFor();
  await expect(settings.field('organisationName')).toHaveValue(PROFILE.organisationName);
  await expect(settings.field('email')).toHaveValue('eleni@sbth.gr');
  await expect(settings.field('country')).toHaveValue('GR');
  await expect(settings.field('phone')).toHaveValue(PROFILE.phone);
  await settings.screenshot('settings-saved-en');

  // Saving the same values again records no new change.
  await settings.save();
  await expect(settings.saveState).toHaveText('Profile saved.');
  await expect(settings.pendingChanges).toHaveText('1 change waiting to be sent to the central office');
});

test('a logo that is not an image is refused; a PNG is stored and shown', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await page
    .getByTestId('logo-input')
    .setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByText('The logo must be a PNG or JPEG image.')).toBeVisible();
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNgYPj/n4GBgYGB4T8DAwAb9AT8b5P4mgAAAABJRU5ErkJggg==',
    'base64',
  );
  await page.getByTestId('logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByTestId('logo-preview')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('logo-preview')).toBeVisible();
});

test('the language switches to Greek and to Serbian Cyrillic, and stays after a reload', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await settings.fillProfile({ ...PROFILE, email: 'eleni@sbth.gr' });
  await settings.save();
  await expect(settings.saveState).toHaveText('Profile saved.');

  await settings.chooseLanguage('el');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ρυθμίσεις');
  await expect(page.locator('html')).toHaveAttribute('lang', 'el');
  await settings.screenshot('settings-el');
  await settings.field('email').fill('not-an-email');
  await settings.save();
  await expect(settings.errorFor('email')).not.toHaveText(/Enter an email/);
  await settings.screenshot('settings-invalid-el');
  await settings.open('/');
  await settings.screenshot('overview-el');

  await settings.openSettings();
  await settings.chooseLanguage('sr-Cyrl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Подешавања');
  await settings.screenshot('settings-sr-Cyrl');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Подешавања');
  await settings.open('/');
  await settings.screenshot('overview-sr-Cyrl');

  await settings.openSettings();
  await settings.chooseLanguage('sr-Latn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Podešavanja');
});

test('offline is shown in the header', async ({ page, context }) => {
  const settings = new SettingsPage(page);
  await settings.open('/');
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await settings.screenshot('overview-offline-en');
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
});
