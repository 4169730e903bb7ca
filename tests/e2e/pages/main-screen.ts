import type { Locator, Page } from '@playwright/test';

/** The main window: library, reader, status bar — found by role and name only. */
export class MainScreen {
  readonly library: Locator;
  readonly article: Locator;
  readonly documentTitle: Locator;
  readonly paragraphs: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('navigation', { name: 'Library' });
    this.article = page.getByRole('article');
    this.documentTitle = this.article.getByRole('heading', { level: 1 });
    this.paragraphs = this.article.getByRole('paragraph').filter({ hasNot: page.locator('[class=reader-meta]') });
    this.status = page.getByRole('contentinfo', { name: 'Status' });
  }

  /** Body paragraphs of the open document (the meta line under the title is not one). */
  bodyParagraphs(): Locator {
    return this.article.locator('[data-paragraph-id]');
  }
}
