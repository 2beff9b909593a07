/**
 * Every end-to-end test runs with two guards: any console error or uncaught
 * exception fails it, and so does any request that would leave the site.
 *
 * The tests of a worker share one browser context, because creating a context
 * and its first page costs about three times as much as opening a page in an
 * existing one, and the site keeps no state in the browser (no cookies, no
 * storage; diagnose.spec.ts checks this). `page` is a fresh page per test,
 * with the test's viewport and permissions; a test that turns JavaScript off
 * gets a context of its own, as that cannot be set per page. `sharedPage` is
 * one page for all the tests of a worker, for the scans that visit every URL.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { isDeepStrictEqual } from 'node:util';

export { official } from '../support/official-list';

/** Watches one page for console errors, exceptions and requests leaving `origin`. */
class PageGuard {
  /** What went wrong since the last `expectClean` or `forget`. */
  readonly problems: string[] = [];

  private constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {}

  /** Watches `page` of the site deployed at `baseURL` (an origin, or an origin and a sub-path). */
  static attach(page: Page, baseURL: string): PageGuard {
    const { origin, pathname: basePath } = new URL(baseURL);
    const guard = new PageGuard(page, origin);
    const { problems } = guard;
    // Chromium asks the origin for /favicon.ico itself when a page is left
    // before its head is read (a test's next navigation can interrupt a
    // redirect). The site ships one at its root; under a sub-path the
    // origin's root is not the site's, so a 404 there is not the site's error.
    const originFavicon = basePath === '/' ? undefined : `${origin}/favicon.ico`;
    // A missing page answered with 404.html is expected; a missing image,
    // script or stylesheet is not, so only the 404s of documents are excused.
    const missingDocuments = new Set<string>();
    page.on('response', (response) => {
      if (response.status() === 404 && response.request().isNavigationRequest()) missingDocuments.add(response.url());
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url } = message.location();
      if (/status of 404/.test(message.text()) && (missingDocuments.has(url) || url === originFavicon)) return;
      problems.push(`console: ${message.text()} (${url})`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    // Watched, not intercepted: routing every request through the test runner
    // slowed each page load by about a third. The browser cannot reach
    // another host anyway (OFFLINE_ARGS in tests/support/chromium.ts).
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`external request: ${url}`);
    });
    return guard;
  }

  /** Drops what was seen so far: the next test on a shared page starts clean. */
  forget(): void {
    this.problems.length = 0;
  }

  /** Fails with every problem seen, and with any external resource hint on the page now shown. */
  async expectClean(): Promise<void> {
    // Resource hints open connections that no request event reports.
    if (!this.page.isClosed()) this.problems.push(...(await externalLinkHints(this.page, this.origin)));
    const problems = this.problems.splice(0);
    expect(problems, 'console errors, exceptions or external requests').toEqual([]);
  }
}

interface WorkerFixtures {
  /** The context the tests of a worker share. */
  workerContext: BrowserContext;
  /** One guarded page for all the tests of a worker. */
  guardedWorkerPage: { page: Page; guard: PageGuard };
}

/** Playwright's defaults for the context options the `page` fixture checks; the worker's context has them. */
const CONTEXT_DEFAULTS = { javaScriptEnabled: true, colorScheme: 'light', locale: 'en-US', isMobile: false } as const;

const workerTest = base.extend<object, WorkerFixtures>({
  workerContext: [
    async ({ browser }, use, workerInfo) => {
      const { javaScriptEnabled, colorScheme, locale, isMobile } = CONTEXT_DEFAULTS;
      const context = await browser.newContext({
        baseURL: workerInfo.project.use.baseURL,
        javaScriptEnabled,
        colorScheme,
        locale,
        isMobile,
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  guardedWorkerPage: [
    async ({ workerContext }, use, workerInfo) => {
      const page = await workerContext.newPage();
      await use({ page, guard: PageGuard.attach(page, workerInfo.project.use.baseURL!) });
    },
    { scope: 'worker' },
  ],
});

export const test = workerTest.extend<{ pageErrors: string[] }>({
  page: async (
    { workerContext, browser, baseURL, viewport, permissions, javaScriptEnabled, colorScheme, locale, isMobile },
    use,
  ) => {
    // A page can take its own viewport and permissions; these options belong
    // to a context, so a test that changes one gets a context of its own.
    // (Options not named here cannot be used with this fixture.)
    const contextOnly = { javaScriptEnabled, colorScheme, locale, isMobile };
    const needsOwnContext = !isDeepStrictEqual(contextOnly, CONTEXT_DEFAULTS);
    const ownContext = needsOwnContext ? await browser.newContext({ baseURL, viewport, ...contextOnly }) : undefined;
    const context = ownContext ?? workerContext;
    if (permissions?.length) await context.grantPermissions(permissions, { origin: new URL(baseURL!).origin });
    const page = await context.newPage();
    if (viewport && !ownContext) await page.setViewportSize(viewport);
    await use(page);
    await page.close();
    if (ownContext) await ownContext.close();
    else if (permissions?.length) await context.clearPermissions();
  },
  pageErrors: [
    async ({ page, baseURL }, use) => {
      const guard = PageGuard.attach(page, baseURL!);
      await use(guard.problems);
      await guard.expectClean();
    },
    { auto: true },
  ],
});

export const sharedPageTest = workerTest.extend<{ sharedPage: Page }>({
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
