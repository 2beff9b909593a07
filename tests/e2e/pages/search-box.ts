/** The search box in every page's header: exact lookup on Enter, live results while typing. */
import type { Locator, Page } from '@playwright/test';

export class SearchBox {
  readonly region: Locator;
  readonly input: Locator;
  /** The live results under the box: their rows, and the links in them. */
  readonly items: Locator;
  readonly results: Locator;
  /** The live panel's status line: how many results, and what Enter will do. */
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('search');
    this.input = this.region.getByRole('searchbox');
    this.items = this.region.locator('[data-search-results] li');
    this.results = this.region.locator('[data-search-results] a');
    this.status = this.region.locator('[data-search-status]');
  }

  /** Types `text` into the box and presses Enter. */
  async submit(text: string): Promise<void> {
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  /** Focuses the box the way a keyboard user does, with the "/" shortcut. */
  async focusWithShortcut(): Promise<void> {
    await this.page.locator('body').press('/');
  }
}
