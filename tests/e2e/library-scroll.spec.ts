import type { Locator } from '@playwright/test';
import { expect } from './support/fixtures';
import { generatedCorpusTest } from './support/generated-corpus-test';
import { MainScreen } from './pages/main-screen';
import { storyText } from './support/generated-corpus';

/**
 * Issue 13: the library marks and scrolls to the open document after a search, a filter or a
 * link from outside, on a corpus long enough to scroll (generated in the test).
 */
const DOCUMENTS = 160;
const test = generatedCorpusTest(DOCUMENTS, 'library-scroll');

/** The row is drawn and lies inside the library's scrolling viewport (not merely somewhere in the list). */
async function expectInView(row: Locator, viewport: Locator): Promise<void> {
  await expect(row).toBeVisible();
  await expect(async () => {
    const [r, v] = await Promise.all([row.boundingBox(), viewport.boundingBox()]);
    expect(r && v).toBeTruthy();
    expect(r!.y).toBeGreaterThanOrEqual(v!.y - 1);
    expect(r!.y + r!.height).toBeLessThanOrEqual(v!.y + v!.height + 1);
  }).toPass();
}

test('the open document stays marked and in view after a filter, a search and a link from outside', async ({ app }) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const viewport = page.locator('.library-scroll');
  const current = screen.library.locator('button[aria-current="page"]');
  const filter = screen.library.getByRole('searchbox', { name: 'Filter documents' });
  await expect(screen.library.getByRole('heading', { name: /^Library/ })).toContainText(String(DOCUMENTS));

  // Filter to one story far down the list, open it, clear the filter: the list comes back
  // scrolled to it, with it marked as the open page.
  await filter.fill('(137)');
  await screen.library.getByRole('button', { name: /\(137\)/ }).click();
  await expect(screen.documentTitle).toContainText('(137)');
  await filter.fill('');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('(137)');
  await expectInView(current, viewport);
  const top = await viewport.evaluate((el) => el.scrollTop);
  expect(top).toBeGreaterThan(0);

  // Opened from the search results: back in the list, the new document is the marked one, in view.
  const search = page.getByRole('searchbox', { name: 'Search documents' });
  const story = storyText(11);
  await search.fill(`${story.title.replace(/[()]/gu, '')}`);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').filter({ hasText: '(12)' }).first().click();
  await expect(screen.documentTitle).toContainText('(12)');
  await search.fill('');
  await expect(current).toContainText('(12)');
  await expectInView(current, viewport);

  // The desktop hands the running app a dossier:// link (an exported note clicked elsewhere).
  const target = await page.evaluate(async () => {
    const docs = await window.dossier.listDocuments();
    return docs.find((d) => d.title.endsWith('(88)'))!.id;
  });
  await viewport.evaluate((el) => el.scrollTo(0, 0));
  app.publish('openPassage', { documentId: target });
  await expect(screen.documentTitle).toContainText('(88)');
  await expect(current).toContainText('(88)');
  await expectInView(current, viewport);
});
