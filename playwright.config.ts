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
  // No test may take longer than this, even on a shared machine.
  timeout: 30_000,
  // The first search loads Pagefind's WebAssembly; on a busy machine that alone can take several seconds.
  expect: { timeout: 10_000 },
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
