/** The linkable search results page, /search/?q=…. */
import type { Locator, Page } from '@playwright/test';

export class ResultsPage {
  readonly input: Locator;
  readonly button: Locator;
  /** "正在搜索…", then how many results were found. */
  readonly status: Locator;
  readonly items: Locator;
  readonly links: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByLabel('搜索错误码、报错信息或关键词：');
    this.button = page.getByRole('button', { name: '搜索', exact: true });
    this.status = page.locator('[data-search-page-status]');
    this.items = page.locator('[data-search-page-results] li');
    this.links = page.locator('[data-search-page-results] a');
  }

  async goto(query?: string): Promise<void> {
    await this.page.goto(query === undefined ? 'search/' : `search/?q=${encodeURIComponent(query)}`);
  }

  /** Types `query` into the page's own box and submits it with the button. */
  async search(query: string): Promise<void> {
    await this.input.fill(query);
    await this.button.click();
  }

  /** The codes of the first `count` results, in order. */
  topCodes(count: number): Promise<number[]> {
    return this.items.evaluateAll(
      (items, top) => items.slice(0, top).map((item) => Number((item as HTMLElement).dataset.code)),
      count,
    );
  }
}
