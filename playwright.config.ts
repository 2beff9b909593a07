import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { freePort } from './tests/support/free-port';

/**
 * Playwright's own Chromium when it is installed (a developer laptop);
 * otherwise the system's Chromium (Debian's /usr/bin/chromium), because
 * Playwright cannot download browsers on machines without internet access.
 */
function chromiumPath(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(path)) return path;
  throw new Error('No Chromium found: run `npx playwright install chromium` or install the system chromium package');
}

export const SUBPATH = '/wps-errors/';
const executablePath = chromiumPath();
// Ports chosen free at start, never an existing server reused: two checkouts
// testing side by side must each test their own build.
const sitePort = freePort('E2E_SITE_PORT');
const subpathPort = freePort('E2E_SUBPATH_PORT');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${sitePort}` } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subpathPort}${SUBPATH}` } },
  ],
  webServer: [
    {
      command: `node tests/support/static-server.mjs dist ${sitePort} /`,
      url: `http://127.0.0.1:${sitePort}/`,
      reuseExistingServer: false,
    },
    {
      command: `node tests/support/static-server.mjs dist-subpath ${subpathPort} ${SUBPATH}`,
      url: `http://127.0.0.1:${subpathPort}${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
