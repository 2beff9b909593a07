/**
 * Every end-to-end test runs with two guards: any console error or uncaught
 * exception fails it, and so does any request that would leave the site.
 */
import { test as base, expect, type Page } from '@playwright/test';
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
      // A missing page answered with 404.html is expected; a missing image,
      // script or stylesheet is not, so only the 404s of documents are excused.
      const missingDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) missingDocuments.add(response.url());
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (/status of 404/.test(message.text()) && missingDocuments.has(message.location().url)) return;
        errors.push(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
        errors.push(`external request: ${url}`);
        return route.abort();
      });
      await use(errors);
      // Resource hints open connections that page.route never sees.
      if (!page.isClosed()) errors.push(...(await externalLinkHints(page, origin)));
      expect(errors, 'console errors, exceptions or external requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** <link> hints (preconnect, dns-prefetch, preload, prefetch…) to another origin on the current page. */
async function externalLinkHints(page: Page, origin: string): Promise<string[]> {
  const read = () =>
    page
      .locator('link[href]')
      .evaluateAll((links) =>
        links.map(
          (link) => `${(link.getAttribute('rel') ?? '').trim().replace(/\s+/g, ',')} ${(link as HTMLLinkElement).href}`,
        ),
      );
  // A test may end mid-navigation; read the page it arrives at.
  const hints = await read().catch(async () => {
    await page.waitForLoadState();
    return read();
  });
  // canonical, alternate and the like name an address; they fetch nothing.
  const fetching = /^(?:preconnect|dns-prefetch|preload|modulepreload|prefetch|prerender|stylesheet|icon|manifest)$/i;
  return hints
    .filter((hint) => {
      const [rel, href] = hint.split(' ');
      return rel.split(',').some((r) => fetching.test(r)) && !href.startsWith(origin) && !href.startsWith('data:');
    })
    .map((hint) => `external link hint: ${hint}`);
}

export { expect };
