// The Chromium that the end-to-end tests and the benchmarks drive, chosen in one place:
// CHROMIUM_PATH when set, else Debian's /usr/bin/chromium, else Playwright's own Chromium
// (`npx playwright install chromium`). Without any, one line says what to install.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Pure: the choice, given the environment, a file test and where Playwright keeps its Chromium. */
export function resolveChromium({ env, exists, playwrightPath }) {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    return exists(chosen)
      ? { path: chosen }
      : {
          error: `CHROMIUM_PATH is set to ${chosen}, which does not exist: point it at a Chromium executable or unset it.`,
        };
  }
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM };
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath };
  return {
    error:
      'No Chromium found for the tests: run `npx playwright install chromium` (on Debian or Ubuntu: `apt-get install chromium`), or set CHROMIUM_PATH.',
  };
}

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The Chromium executable to launch; stops the process with one clear line when there is none. */
export function chromiumPath() {
  const choice = resolveChromium({ env: process.env, exists: existsSync, playwrightPath: playwrightChromium() });
  if (choice.error) {
    console.error(choice.error);
    process.exit(1);
  }
  return choice.path;
}
