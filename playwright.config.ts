import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

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
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: 'http://127.0.0.1:4400' } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:4401${SUBPATH}` } },
  ],
  webServer: [
    {
      command: 'node tests/support/static-server.mjs dist 4400 /',
      url: 'http://127.0.0.1:4400/',
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node tests/support/static-server.mjs dist-subpath 4401 ${SUBPATH}`,
      url: `http://127.0.0.1:4401${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
