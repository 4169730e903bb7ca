import type { Locator, Page } from '@playwright/test';

/** The search feature: box, results listbox, hit navigator and reader hits — by role and name only. */
export class SearchPanel {
  readonly box: Locator;
  readonly helpButton: Locator;
  readonly help: Locator;
  readonly results: Locator;
  readonly resultList: Locator;
  readonly options: Locator;
  readonly problem: Locator;
  readonly navigator: Locator;
  readonly counter: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly article: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search documents' });
    // One help entry point for the app: the header's Help button opens the sheet, syntax first.
    this.helpButton = page.getByRole('banner').getByRole('button', { name: 'Help' });
    this.help = page.getByRole('dialog', { name: 'Help' }).getByRole('region', { name: 'Search syntax' });
    this.results = page.getByRole('region', { name: 'Search results' });
    this.resultList = page.getByRole('listbox', { name: 'Search results' });
    this.options = this.resultList.getByRole('option');
    this.problem = this.results.getByRole('alert');
    this.navigator = page.getByRole('group', { name: 'Search hits in this document' });
    this.counter = this.navigator.getByText(/^\d+ of \d+$|hits? in this document|title matches/u);
    this.next = this.navigator.getByRole('button', { name: 'Next hit' });
    this.previous = this.navigator.getByRole('button', { name: 'Previous hit' });
    this.article = page.getByRole('article');
  }

  /** Types a query the way a user does (key by key) into a cleared box. */
  async search(query: string): Promise<void> {
    await this.box.fill('');
    await this.box.pressSequentially(query);
  }

  option(title: RegExp | string): Locator {
    return this.options.filter({ hasText: title });
  }

  /** Every search hit drawn in the reader. */
  hits(): Locator {
    return this.article.locator('mark.deco-search-hit');
  }

  /** The current hit (drawn distinct, aria-current). */
  currentHit(): Locator {
    return this.article.locator('mark.deco-search-hit[aria-current="true"]');
  }
}
