/**
 * The one Chromium lookup, shared by playwright.config.ts and the benchmark.
 * Playwright's own Chromium when it is installed (a developer laptop);
 * otherwise the system's (Debian's /usr/bin/chromium), because Playwright
 * cannot download browsers on machines without internet access.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The executable to launch; undefined means Playwright's own browser. */
export function chromiumExecutable(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  throw new Error('No Chromium found: run `npx playwright install chromium` or install the system chromium package');
}

/**
 * Flags for a headless browser on a build or CI machine: no sandbox, GPU or
 * background traffic, and no host but the local one: every name but
 * localhost and 127.0.0.1 (where the test servers listen) fails to resolve,
 * so a page under test cannot reach another site even if a test's guard
 * misses the request.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
