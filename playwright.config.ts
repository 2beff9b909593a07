import { cpus } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/support/chromium';
import { freePort } from './tests/support/free-port';

export const SUBPATH = '/wps-errors/';
// Ports chosen free at start, never an existing server reused: two checkouts
// testing side by side must each test their own build.
const sitePort = freePort('E2E_SITE_PORT');
const subpathPort = freePort('E2E_SUBPATH_PORT');
const server = (dir: string, port: number, base: string) => ({
  command: `node scripts/serve.ts ${dir} ${port} ${base}`,
  url: `http://127.0.0.1:${port}${base}`,
  reuseExistingServer: false,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker per core (Playwright's default is half of them): the tests are
  // short and mostly wait on the browser, so two cores keep two workers busy.
  workers: Math.max(2, cpus().length),
  // Tests wait on conditions (what the page shows or fetches), never on a
  // fixed time; these bounds only stop a test that is really stuck, so they
  // are generous: on a 2-core machine shared with other builds, a lookup that
  // fetches the code list or a first search that loads Pagefind's
  // WebAssembly took over 10 s.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${sitePort}` } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subpathPort}${SUBPATH}` } },
  ],
  webServer: [server('dist', sitePort, '/'), server('dist-subpath', subpathPort, SUBPATH)],
});
