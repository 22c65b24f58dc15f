import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { InterviewPage } from './interview-page';

/** WCAG 2.0 and 2.1, levels A and AA: what EN 301 549 asks of the app. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Scans the page as it is now (an open dialog included) and fails with every critical or serious violation listed. */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .slice(0, 8)
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
          .join('\n'),
    );
  expect(serious, `axe on ${what}`).toEqual([]);
}

/** Moves the focus with Tab (never the mouse) until `target` has it. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Types a date into a focused date input, whichever segment order the browser's locale gives it. */
export async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await page.keyboard.type(`${day}${month}${year}`);
  if ((await input.inputValue()) !== iso) {
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(`${month}${day}${year}`);
  }
  await expect(input).toHaveValue(iso);
}

/** The focused element, for a failure message that says where the focus went instead. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const id = el.getAttribute('data-testid') ?? el.id;
    return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''} "${(el.textContent ?? '').trim().slice(0, 60)}"`;
  });
}

/** No sideways scrolling of the page, nor of the shell's content pane (tables scroll inside their own region). */
export async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => {
    const content = document.querySelector<HTMLElement>('.content');
    return {
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      content: content?.scrollWidth ?? 0,
      contentBox: content?.clientWidth ?? 0,
    };
  });
  expect(widths.page, `${what}: page width ${widths.page} > ${widths.viewport}`).toBeLessThanOrEqual(widths.viewport);
  expect(widths.content, `${what}: content pane ${widths.content} > ${widths.contentBox}`).toBeLessThanOrEqual(
    widths.contentBox,
  );
}

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** After a screen change: the focus is on the new screen's heading and the window is titled after it. */
export async function onScreen(page: Page, heading: string | RegExp): Promise<void> {
  await expect(h1(page)).toHaveText(heading);
  const text = (await h1(page).textContent())!.trim();
  await expect.poll(() => describeFocus(page), { message: 'the focus is on the screen heading' }).toBe(`h1 "${text}"`);
  await expect(page).toHaveTitle(`${text} – LCP Desk`);
}

export const screenName = (hash: string) =>
  hash
    .replace(/[0-9a-f-]{36}/, 'detail')
    .replace(/^\//, '')
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '') || 'overview';

/** Opens a screen by its address and waits until it has shown its content. */
export async function openScreen(page: Page, hash: string): Promise<void> {
  await page.goto(`./#${hash}`);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${hash.replace(/\?.*$/, '')}`);
  await expect(h1(page)).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** The agreement page at 640 px: no sideways scrolling, the versions table inside its card; a screenshot. */
export async function agreementAtZoom(page: Page, language: string): Promise<void> {
  await page.setViewportSize({ width: 640, height: 410 });
  await expectNoHorizontalScroll(page, `agreement page at 640 px (${language})`);
  const inCard = await page.evaluate(() => {
    const region = document.querySelector('.versions-table')!;
    const card = region.closest('.card')!;
    return region.getBoundingClientRect().right <= card.getBoundingClientRect().right + 0.5;
  });
  expect(inCard, 'the versions table stays in its card').toBe(true);
  await new InterviewPage(page).screenshot(`zoom200-agreement-detail-${language}`);
  await page.setViewportSize({ width: 1280, height: 820 });
}
