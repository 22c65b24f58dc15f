/** The events list: its action cells sit in their column, under their header, in every language. */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { SettingsPage } from './pages/settings-page';

async function createEvent(page: Page, name: string, date: string, place: string, makeCurrent: boolean): Promise<void> {
  await page.getByRole('button', { name: /New event|Нови догађај/ }).click();
  const form = page.getByTestId('event-form');
  await form.locator('[name="name"]').fill(name);
  await form.locator('[name="date"]').fill(date);
  await form.locator('[name="place"]').fill(place);
  await form.locator('[name="makeCurrent"]').setChecked(makeCurrent);
  await form.locator('button[type="submit"]').click();
  await expect(form).toHaveCount(0);
}

/** Each body row's action cell against the header cell of its column, and its buttons' rows. */
async function actionCells(page: Page) {
  return page.getByTestId('events-table').evaluate((table: HTMLTableElement) => {
    const header = table.tHead!.rows[0]!.cells;
    const head = header[header.length - 1]!.getBoundingClientRect();
    return [...table.tBodies[0]!.rows].map((row) => {
      const cell = row.cells[row.cells.length - 1]!;
      const box = cell.getBoundingClientRect();
      const buttons = [...cell.querySelectorAll('button')].map((button) => button.getBoundingClientRect());
      const tops = new Set(buttons.map((button) => Math.round(button.top)));
      const inside =
        buttons.every((button) => button.left >= box.left && button.right <= box.right) &&
        [...cell.querySelectorAll('button')].every((button) => button.scrollWidth <= button.clientWidth);
      return {
        cells: row.cells.length,
        leftOffset: Math.round(box.left - head.left),
        rightOffset: Math.round(box.right - head.right),
        display: getComputedStyle(cell).display,
        buttonRows: tops.size,
        buttonsInside: inside,
      };
    });
  });
}

test('the action buttons line up under their header, on one line, in English and Serbian Cyrillic', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('/events');
  await createEvent(page, 'Agrotica Fair 2026', '2026-02-05', 'Thessaloniki', true);
  await createEvent(page, 'Info day for exporters of the Pelagonia region', '2026-03-12', 'Bitola', false);
  await expect(page.getByTestId('events-table').locator('tbody tr')).toHaveCount(2);

  const settings = new SettingsPage(page);
  for (const language of ['en', 'sr-Cyrl']) {
    if (language !== 'en') {
      await settings.openSettings();
      await settings.chooseLanguage(language);
      await app.open('/events');
    }
    await expect(page.getByTestId('events-table').locator('tbody tr')).toHaveCount(2);
    for (const row of await actionCells(page)) {
      expect(row).toEqual({
        cells: 4,
        leftOffset: 0,
        rightOffset: 0,
        display: 'table-cell',
        buttonRows: 1,
        buttonsInside: true,
      });
    }
    await app.screenshot(`events-table-${language}`);
  }
});
