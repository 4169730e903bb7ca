import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { SearchPanel } from './pages/search-panel';
import { SettingsDialog } from './pages/settings-dialog';
import { ROOT } from './support/web-host';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const shot = (name: string) => join(ROOT, 'test-results', `search-trust-${name}.png`);

/** Occurrences of `pattern` (a regex source) in the open document's body, counted from the page. */
async function countInBody(article: Locator, pattern: string, flags = 'gu'): Promise<number> {
  const texts = await article.locator('[data-paragraph-id]').allInnerTexts();
  return texts.reduce((n, t) => n + (t.match(new RegExp(pattern, flags))?.length ?? 0), 0);
}

test.beforeEach(async ({ dossier }) => {
  await expect(new SearchPanel(dossier.page).article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
});

test('US in capitals finds and marks only "US", never "us" or "use"', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  const expected = await countInBody(search.article, '\\bUS\\b');
  expect(expected).toBeGreaterThan(0);
  await search.search('US');
  await search.box.press('Enter');
  await expect(search.option(SEED_TITLE.slice(0, 30))).toContainText(`${expected} hit`);
  await expect(search.hits()).toHaveText(Array(expected).fill(/^US$/u));
  await expect(search.counter).toHaveText(new RegExp(`^\\d+ of ${expected}$`, 'u'));
  await dossier.page.screenshot({ path: shot('acronym') });
});

test('a fuzzy query marks only the words it matched, and the counter walks exactly those marks', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  await search.search('ukrane~1');
  const option = search.option(SEED_TITLE.slice(0, 30));
  await expect(option).toHaveCount(1);
  await option.click();
  await expect(search.counter).toHaveText(/^1 of \d+$/u);
  const marks = await search.hits().allInnerTexts();
  expect(marks.length).toBeGreaterThan(1);
  for (const m of marks) expect(m).toMatch(/^Ukraine$/iu);
  // The counter walks the text's marks; the result's count adds the title's.
  const inText = await search.article.locator('[data-paragraph-id] mark.deco-search-hit').count();
  await expect(search.counter).toHaveText(`1 of ${inText}`);
  await expect(option).toContainText(`${marks.length} hits`);
  await dossier.page.screenshot({ path: shot('fuzzy') });
});

test('a document the query excludes shows no marks and no hit counter', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  await search.search('kursk');
  await expect(search.counter).toHaveText(/of \d+$/u);
  await search.search('+kursk -zelensky');
  await expect(search.results.getByRole('status')).toHaveText('No documents match.');
  await expect(search.navigator).toContainText('Not a match');
  await expect(search.hits()).toHaveCount(0);
  await expect(search.navigator).not.toContainText(/\d+ of \d+/u);
  await dossier.page.screenshot({ path: shot('excluded') });
});

test('typing a word letter by letter: the hit count never jumps up', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  await search.box.fill('');
  const counts: number[] = [];
  let typed = '';
  for (const letter of 'ukraine') {
    await search.box.press(letter);
    typed += letter;
    // The list says which query it answers: read the count of this prefix's answer.
    await expect(search.resultList).toHaveAttribute('data-query', typed);
    // On a slow machine the pause may pass and the final (exact) query answer instead: that one
    // may differ by design (README), so only type-ahead answers are compared. The flag and the
    // count are read in one go: the final answer may land between two separate reads.
    const seen = await search.resultList.evaluate((list, title) => {
      const row = [...list.querySelectorAll('[role="option"]')].find((o) => (o.textContent ?? '').includes(title));
      return { query: list.getAttribute('data-query'), typing: list.getAttribute('data-typing'), text: row?.querySelector('.search-result-hits')?.textContent ?? '0 hits' };
    }, SEED_TITLE.slice(0, 30));
    if (seen.typing !== 'true' || seen.query !== typed) continue;
    const text = seen.text;
    counts.push(Number(/\d+/u.exec(text)?.[0] ?? 0));
  }
  for (let i = 1; i < counts.length; i++) expect(counts[i]!, counts.join(' → ')).toBeLessThanOrEqual(counts[i - 1]!);
  expect(counts.length).toBeGreaterThan(2);
  expect(counts.at(-1)).toBeGreaterThan(0);
});

test('screens: results with the sort control and a fuzzy query, excluded document; small and large, both themes', async ({ dossier }) => {
  const { page } = dossier;
  const search = new SearchPanel(page);
  const settings = new SettingsDialog(page);
  for (const theme of ['Light', 'Dark'] as const) {
    await settings.useTheme(theme);
    for (const [name, size] of [['small', { width: 800, height: 600 }], ['large', { width: 1360, height: 900 }]] as const) {
      await page.setViewportSize(size);
      await search.search('ukrane~1');
      await search.box.press('Enter');
      await search.option(SEED_TITLE.slice(0, 30)).click();
      await expect(search.counter).toHaveText(/^1 of \d+$/u);
      await page.screenshot({ path: shot(`fuzzy-${name}-${theme.toLowerCase()}`) });
      await search.search('+kursk -zelensky ');
      await expect(search.navigator).toContainText('Not a match');
      await page.screenshot({ path: shot(`excluded-${name}-${theme.toLowerCase()}`) });
    }
  }
  await expect(search.results.getByRole('combobox', { name: 'Sort' })).toHaveValue('relevance');
  expect(dossier.problems).toEqual([]);
});
