/**
 * Sync in Chromium against the real hub process: work offline (network blocked), sync when back
 * online, find the change in the hub's database; see the consortium's directory; see an edit the
 * central office overwrote, listed until acknowledged.
 */
import { expect, test } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { formatHlc } from '../../src-shared/protocol/hlc';
import type { Change } from '../../src-shared/protocol';
import { freshSqlite, registerLcp, startHub, type RunningHub, type StorageChoice } from '../hub/hub-process';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';

const HUB_PORT = Number(process.env['E2E_HUB_PORT']);
let storage: StorageChoice;
let hub: RunningHub;
let officeToken = '';

const PROFILE = {
  organisationName: 'Association of Thessalian Enterprises and Industries',
  country: 'GR',
  contactPerson: 'Eleni Papadopoulou',
  email: 'eleni@sbth.gr',
};

async function push(token: string, changes: Change[], batchId: string): Promise<number> {
  const response = await fetch(`${hub.url}/v1/batches`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ protocol: 1, batchId, changes }),
  });
  return response.status;
}

function change(fields: Partial<Change>): Change {
  return {
    changeId: crypto.randomUUID(),
    seq: 1,
    entity: 'company',
    entityId: crypto.randomUUID(),
    op: 'create',
    fields: {},
    at: new Date().toISOString(),
    hlc: formatHlc({ wallMs: Date.now(), counter: 0 }, 'seed'),
    lcpId: 'lcp-kranj',
    ...fields,
  };
}

test.beforeAll(async () => {
  storage = freshSqlite();
  officeToken = registerLcp(storage, 'Central office', true);
  const kranj = registerLcp(storage, 'Kranj');
  hub = await startHub(storage, HUB_PORT);
  // Another contact point shares a company that seeks a partner, and keeps one private.
  const shared = change({
    fields: {
      legalName: 'Alpine Tools d.o.o.',
      country: 'SI',
      status: 'seekingMatch',
      consent: { shareGivenAt: '2026-03-01' },
      role: 'host',
    },
  });
  const hidden = change({
    fields: { legalName: 'Private Kranj Ltd', country: 'SI', status: 'registered', consent: {} },
    seq: 2,
  });
  expect(await push(kranj, [shared, hidden], 'seed-1')).toBe(200);
});

test.afterAll(async () => {
  await hub?.stop();
});

test('offline work reaches the hub once the network is back', async ({ page, context }) => {
  const token = registerLcp(storage, `Larisa ${Date.now()}`);
  const sync = new SyncPage(page);
  await sync.enterToken(token);
  await expect(page.getByTestId('hub-token-protection')).toContainText('Browser mode');
  await sync.screenshot('sync-settings-en');

  await context.setOffline(true);
  const settings = new SettingsPage(page);
  await settings.fillProfile(PROFILE);
  await settings.save();
  await expect(settings.saveState).toHaveText('Profile saved.');

  await sync.openSync();
  await expect(sync.pending).toHaveText('1');
  await sync.syncNow.click();
  await expect(sync.error).toHaveAttribute('data-code', 'offline');
  await expect(sync.error).toContainText('Check the internet connection');
  await expect(sync.pending).toHaveText('1');
  await sync.screenshot('sync-offline-en');

  await context.setOffline(false);
  await sync.syncNow.click();
  await expect(sync.result).toBeVisible();
  await expect(sync.pending).toHaveText('0');
  await expect(sync.error).toHaveCount(0);
  await expect(sync.directory).toContainText('Alpine Tools d.o.o.');
  await expect(sync.directory).not.toContainText('Private Kranj Ltd');
  await expect(page.getByTestId('status-tasks')).toHaveText('All changes saved on this computer');
  await expect(sync.result).toContainText('Sent: 1');
  await sync.screenshot('sync-done-en');

  // Syncing again right away has nothing new to send: it says so, and what the last real push sent.
  await sync.syncNow.click();
  await expect(sync.result).toContainText('Nothing new to send (the last sync that sent changes sent 1,');
  await expect(sync.result).not.toContainText('Sent: 0');
  await page.reload();
  await sync.syncNow.click();
  await expect(sync.result).toContainText('the last sync that sent changes sent 1,');
  await sync.screenshot('sync-nothing-new-en');

  const db = new BetterSqlite3(storage.kind === 'sqlite' ? storage.file : '', { readonly: true });
  const rows = db
    .prepare("SELECT fields FROM changes WHERE entity = 'settings' AND entity_id = 'contactPoint.profile'")
    .all() as { fields: string }[];
  db.close();
  expect(rows).toHaveLength(1);
  expect(JSON.parse(rows[0]!.fields)).toMatchObject({ value: { organisationName: PROFILE.organisationName } });
});

test('an edit the central office overwrote is listed with both values until marked as seen', async ({ page }) => {
  const token = registerLcp(storage, `Larisa conflict ${Date.now()}`);
  const sync = new SyncPage(page);
  await sync.enterToken(token);
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await settings.fillProfile(PROFILE);
  await settings.save();
  await expect(settings.saveState).toHaveText('Profile saved.');
  await sync.openSync();
  await sync.syncNow.click();
  await expect(sync.pending).toHaveText('0');

  // The central office corrects the profile, with a clock an hour ahead.
  const lcpId = await page.evaluate(async () => {
    const request = indexedDB.open('lcp-desk');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const row = await new Promise<{ value: string }>((resolve) => {
      const get = db.transaction('meta').objectStore('meta').get('lcpId');
      get.onsuccess = () => resolve(get.result as { value: string });
    });
    db.close();
    return row.value;
  });
  const corrected = { ...PROFILE, organisationName: 'Association of Thessalian Enterprises & Industries (SBTH)' };
  const officeEdit = change({
    entity: 'settings',
    entityId: 'contactPoint.profile',
    op: 'update',
    fields: { value: corrected },
    hlc: formatHlc({ wallMs: Date.now() + 3_600_000, counter: 0 }, 'office'),
    lcpId,
  });
  expect(await push(officeToken, [officeEdit], `office-${lcpId}`)).toBe(200);

  // Meanwhile this contact point changes its contact person.
  await settings.openSettings();
  await settings.fillProfile({ ...PROFILE, contactPerson: 'Nikos Georgiou' });
  await settings.save();
  await expect(settings.saveState).toHaveText('Profile saved.');
  await sync.openSync();
  await sync.syncNow.click();
  await expect(sync.conflicts).toHaveCount(1);
  await expect(sync.conflicts.first()).toContainText('Nikos Georgiou');
  await expect(sync.conflicts.first()).toContainText('(SBTH)');
  await sync.screenshot('sync-conflict-en');
  // The office's value is what the app now holds.
  await expect(page.getByTestId('header-lcp-name')).toHaveText(corrected.organisationName);

  await page.reload();
  await expect(sync.conflicts).toHaveCount(1);
  await sync.conflicts.first().getByRole('button').click();
  await expect(sync.conflicts).toHaveCount(0);
  await expect(page.getByTestId('sync-conflicts')).toContainText('No overwritten edits.');
});

test('the sync screen reads well in Greek and German', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.openSettings();
  for (const language of ['el', 'de']) {
    await settings.chooseLanguage(language);
    const sync = new SyncPage(page);
    await sync.openSync();
    await sync.syncNow.click();
    await expect(sync.error).toHaveAttribute('data-code', 'notConfigured');
    await sync.screenshot(`sync-not-configured-${language}`);
    await settings.openSettings();
    await sync.screenshot(`sync-settings-${language}`);
  }
});

test('a hub that does not answer is told apart from being offline', async ({ page }) => {
  const token = registerLcp(storage, `Larisa down ${Date.now()}`);
  const sync = new SyncPage(page);
  await sync.enterToken(token);
  await sync.openSync();
  await hub.stop();
  try {
    // The network is up; the hub's port refuses connections (the preview server's proxy answers 502).
    await sync.syncNow.click();
    await expect(sync.error).toHaveAttribute('data-code', 'hubDown');
    await expect(sync.error).toContainText("The central office's server is not answering.");
    await expect(sync.error).toContainText('tell the central office');
    await expect(sync.error).not.toContainText('Check the internet connection');
    await sync.screenshot('sync-hub-down-en');
  } finally {
    hub = await startHub(storage, HUB_PORT);
  }
  await sync.syncNow.click();
  await expect(sync.result).toBeVisible();
  await expect(sync.error).toHaveCount(0);
});

test('the page references an icon it can load, so no request for it fails', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const sync = new SyncPage(page);
  await sync.openSync();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await page.request.get(new URL(href!, page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/png');
  await page.reload();
  await sync.openSync();
  expect(failed).toEqual([]);
});

test('desktop settings: http only for this computer, and a new address asks for the token again', async ({ page }) => {
  const sync = new SyncPage(page);
  await sync.installDesktopApi({ url: 'https://hub.example.eu', hasToken: true });
  await sync.open('/settings');
  const form = sync.hubSettings;
  const url = form.locator('[name="hubUrl"]');
  await expect(url).toHaveValue('https://hub.example.eu');
  await expect(form.getByTestId('hub-token-state')).toContainText('A token is stored.');

  await url.fill('http://hub.example.eu');
  await form.getByTestId('hub-save').click();
  await expect(form.locator('.field__error').first()).toHaveText(
    /Only a hub on this computer \(localhost, 127\.0\.0\.1\) may use http:\/\//,
  );
  await expect(form.getByTestId('hub-token-state')).toContainText('A new address needs the access token again');
  await expect(form.locator('.field__error')).toHaveCount(2);
  await form.scrollIntoViewIfNeeded();
  await sync.screenshot('sync-desktop-settings-errors-en');
  expect(await sync.hubCalls()).toEqual([]);

  await url.fill('https://new-hub.example.eu');
  await form.getByTestId('hub-save').click();
  await expect(form.locator('.field__error')).toHaveText(['Enter the access token for the new address.']);
  expect(await sync.hubCalls()).toEqual([]);
  await form.locator('[name="hubToken"]').fill('lcp_new-token-1234');
  await form.getByTestId('hub-save').click();
  await expect(form.getByTestId('hub-save-state')).toHaveText('Hub settings saved.');
  await expect(form.locator('.field__error')).toHaveCount(0);

  // A hub on this computer may use http, and the same address keeps the token without asking.
  await url.fill('http://127.0.0.1:8787');
  await form.locator('[name="hubToken"]').fill('lcp_local-token-1234');
  await form.getByTestId('hub-save').click();
  await expect(form.getByTestId('hub-save-state')).toHaveText('Hub settings saved.');
  await form.getByTestId('hub-save').click();
  await expect(form.locator('.field__error')).toHaveCount(0);
  expect(await sync.hubCalls()).toEqual([
    { url: 'https://new-hub.example.eu', token: 'lcp_new-token-1234' },
    { url: 'http://127.0.0.1:8787', token: 'lcp_local-token-1234' },
    { url: 'http://127.0.0.1:8787' },
  ]);

  const settings = new SettingsPage(page);
  await settings.chooseLanguage('de');
  await url.fill('http://hub.example.eu');
  await form.getByTestId('hub-save').click();
  await expect(form.locator('.field__error')).toHaveCount(2);
  await form.scrollIntoViewIfNeeded();
  await sync.screenshot('sync-desktop-settings-errors-de');
});
