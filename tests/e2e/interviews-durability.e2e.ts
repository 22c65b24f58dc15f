import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../support/chromium.mjs';
import { InterviewPage } from './pages/interview-page';

// The same browser as the other tests, but with a profile on disk that outlives the page.
const CHROMIUM = chromiumPath();
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function launch(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    baseURL,
    locale: 'en-GB',
    viewport: { width: 1280, height: 820 },
  });
}

test('notes typed before an abrupt close are there after reopening the same profile', async ({ baseURL }) => {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'lcp-desk-profile-'));
  try {
    let context = await launch(userDataDir, baseURL!);
    let page = await context.newPage();
    let app = new InterviewPage(page);
    await app.startWithQuickCompany('Nikos Georgiou', {
      legalName: 'Kranjska Pekarna d.o.o.',
      country: 'SI',
      firstName: 'Maja',
      lastName: 'Novak',
      email: 'maja@pekarna.si',
    });
    const interviewUrl = page.url();
    await app.field('motivation').fill('Find a partner bakery in Austria for a joint product.');
    await app.notes.click();
    await page.keyboard.type('Wants to start in spring. ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('Bring the price list');
    // No blur, no navigation, no unload: only the autosave timer has run when the page dies.
    await expect(app.autosave).toHaveAttribute('data-state', 'saved');
    await page.close({ runBeforeUnload: false });
    await context.close();

    context = await launch(userDataDir, baseURL!);
    page = await context.newPage();
    app = new InterviewPage(page);
    await page.goto(interviewUrl);
    await expect(app.notes).toContainText('Wants to start in spring. Bring the price list');
    await expect(app.notes.locator('strong')).toHaveText('Bring the price list');
    await expect(app.field('motivation')).toHaveValue('Find a partner bakery in Austria for a joint product.');
    const pending = await app.pendingChanges.textContent();
    // Loading the notes into the editor is not an edit: nothing is queued, nothing is written.
    await expect(app.autosave).toHaveAttribute('data-state', 'idle');
    await page.locator('.history summary').click();
    await expect(page.getByTestId('interview-history')).toContainText('Edited');
    await expect(app.pendingChanges).toHaveText(pending!);
    await expect(app.autosave).toHaveAttribute('data-state', 'idle');
    await context.close();
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});
