import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { SearchPanel } from '../pages/search-panel';

/** The number of documents a search in the reader finds, once its answer for `query` is in. */
export async function searchCount(page: Page, query: string): Promise<number> {
  const search = new SearchPanel(page);
  await page.getByRole('banner').getByRole('button', { name: 'Reader', exact: true }).click();
  // Cleared first: the same query typed again after a correction must be searched again.
  await search.box.fill('');
  await search.box.fill(query);
  await search.box.press('Enter');
  await expect(search.resultList).toHaveAttribute('data-query', query);
  await expect(search.resultList).toHaveAttribute('data-typing', 'false');
  const summary = (await search.results.getByRole('status').first().textContent()) ?? '';
  return summary.startsWith('No documents') ? 0 : Number(summary.match(/^([\d,]+) documents? match/u)?.[1]?.replace(/,/gu, ''));
}
