/** The search box in every page's header: exact lookup on Enter, live results while typing. */
import type { Locator, Page } from '@playwright/test';

export class SearchBox {
  readonly region: Locator;
  readonly input: Locator;
  /** The live results under the box. */
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('search');
    this.input = this.region.getByRole('searchbox');
    this.results = this.region.locator('[data-search-results] a');
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
