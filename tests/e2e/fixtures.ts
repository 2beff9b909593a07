/**
 * Every end-to-end test runs with two guards: any console error or uncaught
 * exception fails it, and so does any request that would leave the site.
 * `test` gives each test a fresh page; `sharedPageTest` gives the tests of a
 * worker one page (for the scans that visit every URL, where a new browser
 * context per URL would cost more than the check), guarded test by test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseOfficialList } from '../../src/lib/official-list';

export const official = parseOfficialList(
  readFileSync(new URL('../fixtures/global-error-codes.txt', import.meta.url), 'utf8'),
);

/** Watches one page for console errors, exceptions and requests leaving `origin`. */
class PageGuard {
  /** What went wrong since the last `expectClean` or `forget`. */
  readonly problems: string[] = [];

  private constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {}

  static async attach(page: Page, origin: string): Promise<PageGuard> {
    const guard = new PageGuard(page, origin);
    const { problems } = guard;
    // A missing page answered with 404.html is expected; a missing image,
    // script or stylesheet is not, so only the 404s of documents are excused.
    const missingDocuments = new Set<string>();
    page.on('response', (response) => {
      if (response.status() === 404 && response.request().isNavigationRequest()) missingDocuments.add(response.url());
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (/status of 404/.test(message.text()) && missingDocuments.has(message.location().url)) return;
      problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      problems.push(`external request: ${url}`);
      return route.abort();
    });
    return guard;
  }

  /** Drops what was seen so far: the next test on a shared page starts clean. */
  forget(): void {
    this.problems.length = 0;
  }

  /** Fails with every problem seen, and with any external resource hint on the page now shown. */
  async expectClean(): Promise<void> {
    // Resource hints open connections that page.route never sees.
    if (!this.page.isClosed()) this.problems.push(...(await externalLinkHints(this.page, this.origin)));
    const problems = this.problems.splice(0);
    expect(problems, 'console errors, exceptions or external requests').toEqual([]);
  }
}

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page, baseURL }, use) => {
      const guard = await PageGuard.attach(page, new URL(baseURL!).origin);
      await use(guard.problems);
      await guard.expectClean();
    },
    { auto: true },
  ],
});

export const sharedPageTest = base.extend<
  { sharedPage: Page },
  { guardedWorkerPage: { page: Page; guard: PageGuard } }
>({
  guardedWorkerPage: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await use({ page, guard: await PageGuard.attach(page, new URL(baseURL).origin) });
      await context.close();
    },
    { scope: 'worker' },
  ],
  sharedPage: async ({ guardedWorkerPage: { page, guard } }, use) => {
    guard.forget();
    await use(page);
    await guard.expectClean();
  },
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
