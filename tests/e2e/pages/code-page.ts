/** A code's page, /errors/<code>/. */
import type { Locator, Page } from '@playwright/test';

export class CodePage {
  readonly heading: Locator;
  readonly official: Locator;
  readonly officialMessage: Locator;
  readonly action: Locator;
  readonly copyStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.official = page.locator('.official');
    this.officialMessage = this.official.locator('blockquote');
    this.action = page.locator('#action');
    this.copyStatus = page.locator('[data-copy-status]');
  }

  async goto(code: number, hash = ''): Promise<void> {
    await this.page.goto(`errors/${code}/${hash}`);
  }

  /** The section whose heading carries the anchor `id` (meaning, causes, fix, example, related). */
  section(id: string): Locator {
    return this.page.locator(`section:has(#${id})`);
  }

  /** The section headed by `title`, for sections without an anchor. */
  sectionTitled(title: string): Locator {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The anchors of the article's section headings, in page order. */
  sectionIds(): Promise<string[]> {
    return this.page.locator('article h2[id]').evaluateAll((headings) => headings.map((h) => h.id));
  }

  copyButton(name: '复制链接' | '复制到工单'): Locator {
    return this.page.getByRole('button', { name });
  }
}
