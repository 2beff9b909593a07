/**
 * Every end-to-end test runs with two guards: any console error or uncaught
 * exception fails it, and so does any request that would leave the site.
 */
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseOfficialList } from '../../src/lib/official-list';

export const official = parseOfficialList(
  readFileSync(new URL('../fixtures/global-error-codes.txt', import.meta.url), 'utf8'),
);

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        // A 404 page load is the expected answer for missing URLs, not an error of the page.
        if (message.type() === 'error' && !/status of 404/.test(message.text()))
          errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
        errors.push(`external request: ${url}`);
        return route.abort();
      });
      await use(errors);
      expect(errors, 'console errors, exceptions or external requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
