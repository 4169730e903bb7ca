import { expect, type Locator, type Page } from '@playwright/test';

/** The corpus view: entities across documents, the corpus timeline, claims — by role and name. */
export class CorpusView {
  readonly region: Locator;
  readonly entities: Locator;
  readonly filter: Locator;
  readonly detail: Locator;
  readonly documents: Locator;
  readonly appearsWith: Locator;
  readonly timelineChart: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('main', { name: 'Corpus' });
    this.entities = this.region.getByRole('listbox', { name: 'Entities across documents' });
    this.filter = this.region.getByRole('searchbox', { name: 'Filter entities' });
    this.detail = this.region.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) }).last();
    this.documents = this.region.getByRole('region', { name: 'Documents' });
    this.appearsWith = this.region.getByRole('region', { name: 'Appears with' });
    this.timelineChart = this.region.getByRole('img', { name: /Events per/ });
    this.events = this.region.getByRole('list', { name: 'Events' }).getByRole('listitem');
  }

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Corpus', exact: true }).click();
    await expect(this.entities).toBeVisible();
  }

  tab(name: 'Entities' | 'Timeline' | 'Claims' | 'Corrections'): Locator {
    return this.region.getByRole('tab', { name });
  }

  entity(name: string | RegExp): Locator {
    return this.entities.getByRole('option', { name });
  }

  /** "Showing N events" as a number. */
  async eventCount(): Promise<number> {
    const text = (await this.region.getByRole('status').filter({ hasText: /events?\b/ }).textContent()) ?? '';
    return Number(text.replace(/,/g, '').match(/\d+/)?.[0] ?? NaN);
  }
}
