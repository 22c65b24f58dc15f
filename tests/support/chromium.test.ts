import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, resolveChromium } from './chromium.mjs';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
const files =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file);

describe('which Chromium the tests drive', () => {
  it('CHROMIUM_PATH wins, and a wrong one is named', () => {
    expect(
      resolveChromium({
        env: { CHROMIUM_PATH: '/opt/chromium' },
        exists: files('/opt/chromium', DEBIAN_CHROMIUM, PLAYWRIGHT),
        playwrightPath: PLAYWRIGHT,
      }),
    ).toEqual({ path: '/opt/chromium' });
    expect(
      resolveChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: files(DEBIAN_CHROMIUM), playwrightPath: PLAYWRIGHT })
        .error,
    ).toMatch(/^CHROMIUM_PATH is set to \/nope, which does not exist/);
  });

  it("uses Debian's Chromium, else Playwright's own when it is installed", () => {
    expect(
      resolveChromium({ env: {}, exists: files(DEBIAN_CHROMIUM, PLAYWRIGHT), playwrightPath: PLAYWRIGHT }),
    ).toEqual({ path: DEBIAN_CHROMIUM });
    expect(resolveChromium({ env: {}, exists: files(PLAYWRIGHT), playwrightPath: PLAYWRIGHT })).toEqual({
      path: PLAYWRIGHT,
    });
  });

  it('without any, says in one line which command installs one', () => {
    const { error } = resolveChromium({ env: {}, exists: files(), playwrightPath: PLAYWRIGHT });
    expect(error).toContain('npx playwright install chromium');
    expect(error).toContain('apt-get install chromium');
    expect(error).not.toContain('\n');
    expect(resolveChromium({ env: {}, exists: files(), playwrightPath: undefined }).error).toBe(error);
  });
});
