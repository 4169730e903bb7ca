import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { docScreenshot } from './support/doc-screenshot';
import { expect, test } from './support/fixtures';
import { SearchPanel } from './pages/search-panel';
import { ROOT } from './support/web-host';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const seedOption = (search: SearchPanel) => search.option(SEED_TITLE.slice(0, 30));
const shot = (name: string) => join(ROOT, 'test-results', `search-${name}.png`);

/** Case-insensitive occurrences of `needle` in the open document's body, counted from the page. */
async function countInBody(article: Locator, needle: string): Promise<number> {
  const texts = await article.locator('[data-paragraph-id]').allInnerTexts();
  const pattern = new RegExp(`\\b${needle.replace(/\s+/gu, '\\s+')}\\b`, 'giu');
  return texts.reduce((n, t) => n + (t.match(pattern)?.length ?? 0), 0);
}

/** Position of the current hit among all hits drawn in the reader (-1 when none is current). */
async function currentIndex(search: SearchPanel): Promise<number> {
  return search.hits().evaluateAll((marks) => marks.findIndex((m) => m.getAttribute('aria-current') === 'true'));
}

test.beforeEach(async ({ dossier }) => {
  await expect(new SearchPanel(dossier.page).article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
});

test('"Kursk": the seed is listed with a highlighted snippet; the counter and next/previous walk every hit in order', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  const expected = await countInBody(search.article, 'Kursk');
  expect(expected).toBeGreaterThan(1);

  await search.search('Kursk');
  const option = seedOption(search);
  await expect(option).toHaveCount(1);
  await expect(option.locator('mark')).toContainText(['Kursk']);
  await expect(option).toContainText(`${expected} hits`);
  await expect(option).toContainText('CNN');
  await expect(dossier.page.getByRole('navigation', { name: 'Library' })).toHaveCount(0);
  await dossier.page.screenshot({ path: shot('results') });

  // Opening the result: the first hit is current and in view; every occurrence is marked.
  await option.click();
  await expect(search.counter).toHaveText(`1 of ${expected}`);
  await expect(search.hits()).toHaveCount(expected);
  await expect(search.hits()).toHaveText(Array(expected).fill(/^Kursk$/iu));
  await expect(search.currentHit()).toHaveCount(1);
  await expect(search.currentHit()).toBeInViewport();
  expect(await currentIndex(search)).toBe(0);
  await dossier.page.screenshot({ path: shot('reader-hits') });

  // Next walks 2 … N in reading order, the current mark moving each time, then wraps to 1.
  for (let i = 2; i <= expected; i++) {
    await search.next.click();
    await expect(search.counter).toHaveText(`${i} of ${expected}`);
    expect(await currentIndex(search)).toBe(i - 1);
    await expect(search.currentHit()).toBeInViewport();
  }
  await search.next.click();
  await expect(search.counter).toHaveText(`1 of ${expected}`);
  await search.previous.click();
  await expect(search.counter).toHaveText(`${expected} of ${expected}`);
  expect(await currentIndex(search)).toBe(expected - 1);

  // F3 / Shift+F3 anywhere, Enter / Shift+Enter in the box.
  await search.article.click({ position: { x: 5, y: 5 } });
  await dossier.page.keyboard.press('F3');
  await expect(search.counter).toHaveText(`1 of ${expected}`);
  await dossier.page.keyboard.press('Shift+F3');
  await expect(search.counter).toHaveText(`${expected} of ${expected}`);
  await search.box.focus();
  await search.box.press('Enter');
  await expect(search.counter).toHaveText(`1 of ${expected}`);
  await search.box.press('Enter');
  await expect(search.counter).toHaveText(`2 of ${expected}`);
  expect(await currentIndex(search)).toBe(1);
  await search.box.press('Shift+Enter');
  await expect(search.counter).toHaveText(`1 of ${expected}`);
  await expect(search.navigator.getByRole('button', { name: 'Next hit' })).toBeVisible();
  expect(dossier.problems).toEqual([]);
});

test('keyboard: Ctrl+F and / focus the box, ArrowDown enters the results, Enter opens, Esc clears and leaves', async ({ dossier }) => {
  const { page } = dossier;
  const search = new SearchPanel(page);
  await page.keyboard.press('Control+f');
  await expect(search.box).toBeFocused();
  await page.keyboard.type('Kursk');
  await expect(seedOption(search)).toHaveCount(1);

  await search.box.press('ArrowDown');
  await expect(search.resultList).toBeFocused();
  const option = seedOption(search);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(search.resultList).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(search.counter).toHaveText(/^1 of \d+$/u);
  await expect(search.currentHit()).toBeInViewport();

  await page.keyboard.press('ArrowUp');
  await expect(search.box).toBeFocused();
  // Typing a letter while in the list goes on typing in the box.
  await search.box.press('ArrowDown');
  await expect(search.resultList).toBeFocused();
  await page.keyboard.type('s');
  await expect(search.box).toBeFocused();
  await expect(search.box).toHaveValue('Kursks');
  await page.keyboard.press('Escape');
  await expect(search.box).toHaveValue('');
  await expect(search.box).not.toBeFocused();
  await expect(search.resultList).toHaveCount(0);
  await expect(search.navigator).toHaveCount(0);
  await expect(search.hits()).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();

  await search.article.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(search.box).toBeFocused();
  await expect(search.box).toHaveValue('');
  expect(dossier.problems).toEqual([]);
});

test('a phrase finds exactly that phrase; -Kursk excludes the seed; person:Zelensky finds it', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  const phrase = 'North Korean troops';
  const expected = await countInBody(search.article, phrase);
  expect(expected).toBeGreaterThan(1);

  await search.search(`"${phrase}"`);
  await expect(seedOption(search)).toHaveCount(1);
  await expect(seedOption(search).locator('mark')).toContainText([new RegExp(`^${phrase}$`, 'iu')]);
  await expect(search.counter).toHaveText(`1 of ${expected}`);
  await expect(search.hits()).toHaveText(Array(expected).fill(new RegExp(`^${phrase}$`, 'iu')));
  await search.next.click();
  await expect(search.counter).toHaveText(`2 of ${expected}`);
  await expect(search.currentHit()).toBeInViewport();
  await dossier.page.screenshot({ path: shot('phrase') });
  await docScreenshot(dossier.page, 'search');

  await search.search('-Kursk');
  await expect(search.results.getByRole('status')).toHaveText('No documents match.');
  await expect(seedOption(search)).toHaveCount(0);
  await expect(search.hits()).toHaveCount(0);

  await search.search('person:Zelensky');
  await expect(seedOption(search)).toHaveCount(1);
  await expect(seedOption(search).locator('mark').first()).toContainText('Zelensky');
  await expect(search.counter).toHaveText(/^1 of \d+$/u);
  expect(dossier.problems).toEqual([]);
});

test('queries the engine cannot read get an inline explanation, never an exception or an empty screen', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  const broken = ['title:', '~', '"unclosed', '*', 'a'.repeat(2_001), '🙂', 'b'.repeat(10_001)];
  for (const query of broken) {
    await search.box.fill(query);
    await expect(search.problem, `explanation for ${query.slice(0, 20)}`).toHaveText(/\w{3,}/u);
    await expect(search.box).toHaveAttribute('aria-invalid', 'true');
    await expect(search.options).toHaveCount(0);
    await expect(search.article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    if (query === 'title:') await dossier.page.screenshot({ path: shot('broken-query') });
  }
  await search.box.fill('"unclosed');
  await expect(search.problem).toContainText('never closed');
  // Fixing the query takes the explanation away and brings results back.
  await search.box.press('End');
  await search.box.pressSequentially(' korea"');
  await expect(search.problem).toHaveText('');
  await expect(search.box).not.toHaveAttribute('aria-invalid', 'true');
  expect(dossier.problems).toEqual([]);
});

test('the ? help lists the query syntax and closes with Escape', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  await expect(search.help).toBeHidden();
  await search.helpButton.click();
  for (const example of ['korea*', 'ukrane~1', '+kursk', '-kursk', '"north korean troops"', 'title:korea', 'person:zelensky']) {
    await expect(search.help.getByText(example, { exact: true })).toBeVisible();
  }
  await expect(search.help).toContainText('org:');
  await expect(search.help).toContainText('place:');
  await dossier.page.screenshot({ path: shot('help') });
  await dossier.page.keyboard.press('Escape');
  await expect(search.help).toBeHidden();
  await expect(search.helpButton).toBeFocused();
  expect(dossier.problems).toEqual([]);
});

test('one help sheet: search syntax and every key, including the colour keys and the search box keys, each action once', async ({ dossier }) => {
  const { page } = dossier;
  await expect(page.getByRole('button', { name: /help/iu })).toHaveCount(1);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Help' });
  await expect(sheet.getByRole('region', { name: 'Search syntax' }).getByText('person:zelensky', { exact: true })).toBeVisible();
  const annotations = sheet.getByRole('region', { name: 'Annotations' });
  const colourRow = annotations.getByRole('term').filter({ hasText: /^With text selected: highlight it 1 yellow/u });
  await expect(colourRow).toHaveCount(1);
  const search = sheet.getByRole('region', { name: 'Search' });
  for (const text of ['In the search box: into the results', 'In the search box: next hit', 'In the search box: clear the search']) {
    await expect(search.getByRole('term').filter({ hasText: text })).toHaveCount(1);
  }
  await expect(search.getByRole('term').filter({ hasText: /^Focus the search box$/u })).toHaveCount(1);
  // No action is listed twice anywhere in the sheet.
  const terms = await sheet.getByRole('term').allTextContents();
  expect(terms.length).toBe(new Set(terms).size);
  expect(dossier.problems).toEqual([]);
});

test('typing fast shows the answer for the last query, not a stale one', async ({ dossier }) => {
  const search = new SearchPanel(dossier.page);
  await search.box.focus();
  // No delay between keys: earlier answers are still in flight when later keys land.
  await search.box.pressSequentially('Kursk region zzzzqqq', { delay: 0 });
  await search.box.fill('');
  await search.box.pressSequentially('-Kursk', { delay: 0 });
  await expect(search.results.getByRole('status')).toHaveText('No documents match.');
  await search.box.fill('Kursk');
  await expect(seedOption(search)).toHaveCount(1);
  await expect(search.counter).toHaveText(/^1 of \d+$/u);
  expect(dossier.problems).toEqual([]);
});

test('the search shortcuts are listed in the ? sheet', async ({ dossier }) => {
  const { page } = dossier;
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Help' });
  const group = sheet.getByRole('region', { name: 'Search' });
  for (const description of ['Focus the search box', 'Next search hit', 'Previous search hit']) {
    await expect(group.getByText(description, { exact: true }).first()).toBeVisible();
  }
  expect(dossier.problems).toEqual([]);
});
