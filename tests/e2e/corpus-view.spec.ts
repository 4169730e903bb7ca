import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './support/fixtures';
import { generatedCorpusTest } from './support/generated-corpus-test';
import { BriefingPanel } from './pages/briefing-panel';
import { CorpusView } from './pages/corpus-view';
import { MainScreen } from './pages/main-screen';
import { SettingsDialog } from './pages/settings-dialog';
import { SearchPanel } from './pages/search-panel';
import { docScreenshot } from './support/doc-screenshot';

/** Several hundred generated stories, built once for this file (no third-party text involved). */
const DOCUMENTS = 300;
const test = generatedCorpusTest(DOCUMENTS, 'corpus-view');

test('entities across documents: counts, a merged alias, documents and who appears with it; a row opens the mention', async ({ app }) => {
  const corpus = new CorpusView(app.page);
  await corpus.open();
  // Tony Blair is written in full in two stories of three and only as "Mr Blair" in the rest: one entity.
  const blair = corpus.entity(/^Tony Blair\b/);
  await expect(blair).toContainText(/\d+ docs/);
  await corpus.filter.fill('mr blair');
  await expect(corpus.entities.getByRole('option')).toHaveCount(1);
  await blair.click();
  await expect(corpus.region.getByRole('heading', { name: 'Tony Blair', level: 2 })).toBeVisible();
  await expect(corpus.region.getByText('Also written')).toBeVisible();
  await expect(corpus.region.getByText(/Mr Blair/).first()).toBeVisible();
  const listed = Number((await blair.textContent())?.match(/(\d+) docs/)?.[1]);
  expect(listed).toBeGreaterThan(30);
  await expect(corpus.documents.getByRole('button')).toHaveCount(listed);
  await expect(corpus.appearsWith.getByRole('button').first()).toContainText(/shared docs?/);

  // The acronym merges with its expansion.
  await corpus.filter.fill('SEC');
  await expect(corpus.entity(/^US Securities Exchange Commission/)).toBeVisible();

  // A "Mr Blair only" story opens at that mention, highlighted and walkable.
  await corpus.filter.fill('blair');
  await corpus.entity(/^Tony Blair\b/).click();
  const row = corpus.documents.getByRole('button').filter({ hasText: /^.*Mr Blair met officials/ }).first();
  const title = (await row.locator('.corpus-row-title').textContent()) ?? '';
  await row.click();
  const screen = new MainScreen(app.page);
  await expect(screen.documentTitle).toHaveText(title);
  const briefing = new BriefingPanel(app.page);
  await expect(briefing.panel.getByRole('group', { name: /Mentions of Blair/ })).toContainText('1 of 3');
});

test('the corpus timeline shows events from several documents and an entity narrows it', async ({ app }) => {
  const corpus = new CorpusView(app.page);
  await corpus.open();
  await corpus.tab('Timeline').click();
  await expect(corpus.timelineChart).toBeVisible();
  const all = await corpus.eventCount();
  expect(all).toBeGreaterThanOrEqual(DOCUMENTS);
  const titles = new Set(await corpus.events.locator('.corpus-row-title').allTextContents());
  expect(titles.size).toBeGreaterThan(10);

  await corpus.tab('Entities').click();
  await corpus.entity(/^Angela Merkel\b/).click();
  await corpus.region.getByRole('button', { name: 'Show on the timeline' }).click();
  await expect(corpus.region.getByText('Entity: Angela Merkel')).toBeVisible();
  await expect.poll(() => corpus.eventCount()).toBeLessThan(all);
  const narrowed = await corpus.eventCount();
  expect(narrowed).toBeGreaterThan(0);
  await expect(corpus.events.first()).toContainText('Merkel');

  // Brushing from the keyboard: one year only.
  await corpus.region.getByRole('combobox', { name: 'From' }).selectOption('2000');
  await corpus.region.getByRole('combobox', { name: 'To' }).selectOption('2000');
  await expect.poll(() => corpus.eventCount()).toBeLessThan(narrowed);
  for (const date of await corpus.events.locator('.timeline-date').allTextContents()) expect(date).toMatch(/^2000/);

  // An event opens its document.
  const first = corpus.events.first().getByRole('button');
  const title = (await first.locator('.corpus-row-title').textContent()) ?? '';
  await first.click();
  await expect(new MainScreen(app.page).documentTitle).toHaveText(title);
});

test('library facets narrow with matching counts, copies appear once, an entity lists its documents', async ({ app }) => {
  const page = app.page;
  const library = page.getByRole('navigation', { name: 'Library' });
  const count = library.locator('.panel-title .count');
  // Three exact copies of story 1 are one row: DOCUMENTS rows, not DOCUMENTS + 2.
  await expect(count).toHaveText(String(DOCUMENTS));
  await library.getByRole('searchbox', { name: 'Filter documents' }).fill('(1)');
  const story1 = library.getByRole('listitem').filter({ hasText: 'discuss trade in London (1)' });
  await expect(story1).toHaveCount(1);
  await expect(story1).toContainText('+2 copies');
  await library.getByRole('searchbox', { name: 'Filter documents' }).fill('');

  await library.getByText('Filters').click();
  const source = library.getByRole('combobox', { name: 'Source' });
  const option = (await source.locator('option').allTextContents()).find((t) => t.startsWith('Harbour Post')) ?? '';
  const expected = Number(option.match(/\((\d+)\)/)?.[1]);
  expect(expected).toBeGreaterThan(0);
  await source.selectOption({ label: option });
  await expect(count).toHaveText(`${expected} of ${DOCUMENTS}`);
  const rows = library.getByRole('listitem');
  await expect(rows.first()).toContainText('Harbour Post');
  const yearOption = (await library.getByRole('combobox', { name: 'Published from' }).locator('option').allTextContents()).find((t) => t.startsWith('2003')) ?? '';
  await library.getByRole('combobox', { name: 'Published from' }).selectOption({ label: yearOption });
  await library.getByRole('combobox', { name: 'Published to' }).selectOption({ label: yearOption });
  await expect(count).toHaveText(`${Number(yearOption.match(/\((\d+)\)/)?.[1])} of ${DOCUMENTS}`);

  await source.selectOption({ label: 'All sources' });
  await library.getByRole('combobox', { name: 'Published from' }).selectOption({ label: 'Any year' });
  await library.getByRole('combobox', { name: 'Published to' }).selectOption({ label: 'Any year' });
  const corpus = new CorpusView(page);
  await corpus.open();
  const merkel = corpus.entity(/^Angela Merkel\b/);
  const docs = Number((await merkel.textContent())?.match(/(\d+) docs/)?.[1]);
  await merkel.click();
  await corpus.region.getByRole('button', { name: 'List its documents in the library' }).click();
  await expect(library.getByText('Mentions Angela Merkel')).toBeVisible();
  await expect(count).toHaveText(`${docs} of ${DOCUMENTS}`);
});

test('a facet narrows search results and the count matches; copies appear once in the results', async ({ app }) => {
  const page = app.page;
  const search = new SearchPanel(page);
  const summary = search.results.getByRole('status').first();
  const matches = async () => Number(((await summary.textContent()) ?? '').match(/^([\d,]+) documents? match/u)?.[1]?.replace(/,/gu, ''));
  // Every story says the talks were useful; story 1 is filed three times.
  await search.box.fill('useful');
  await search.box.press('Enter');
  await expect(search.resultList).toHaveAttribute('data-typing', 'false');
  await expect(summary).toContainText('documents match');
  const all = await matches();
  expect(all).toBe(DOCUMENTS);
  // Story 1 and its two copies: one result.
  await expect(search.option(/discuss trade in London \(1\)/)).toHaveCount(1);
  await expect(search.option(/discuss trade in London \(1\)/)).toContainText('+2 copies');

  await search.results.getByText('Filters').click();
  const source = search.results.getByRole('combobox', { name: 'Source' });
  const option = (await source.locator('option').allTextContents()).find((t) => t.startsWith('Harbour Post')) ?? '';
  const expected = Number(option.match(/\((\d+)\)/u)?.[1]);
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(all);
  await source.selectOption({ label: option });
  await expect(summary).toHaveText(`${expected} documents match.`);
  await expect(search.results.getByRole('heading', { name: /Results/ })).toContainText(String(expected));
  for (const meta of await search.options.locator('.search-result-meta').allTextContents()) expect(meta).toContain('Harbour Post');

  // An entity among the results, combined with the source: its count is what it leaves.
  const entity = search.results.getByRole('combobox', { name: 'Mentions' });
  const merkel = (await entity.locator('option').allTextContents()).find((t) => t.startsWith('Angela Merkel')) ?? '';
  const withMerkel = Number(merkel.match(/\((\d+)\)/u)?.[1]);
  expect(withMerkel).toBeGreaterThan(0);
  await entity.selectOption({ label: merkel });
  await expect(summary).toHaveText(withMerkel === 1 ? '1 document matches.' : `${withMerkel} documents match.`);
  await search.option(/./).first().click();
  await expect(search.article).toContainText('Merkel');

  // Taking the facets off gives every match back.
  await search.results.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'All sources' });
  await entity.selectOption({ label: 'Any entity' });
  await expect(summary).toHaveText(`${all} documents match.`);
});

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.map((r) => r.id)).toContain('color-contrast');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the corpus view's entities, timeline and claims, ${theme} theme`, async ({ app }) => {
    // Four full axe scans: on a loaded machine they outlast the default 60 s (as accessibility.spec.ts).
    test.slow();
    const page = app.page;
    await new SettingsDialog(page).useTheme(theme === 'light' ? 'Light' : 'Dark');
    const corpus = new CorpusView(page);
    await corpus.open();
    await corpus.entity(/^Tony Blair\b/).click();
    await expect(corpus.documents.getByRole('button').first()).toBeVisible();
    const report: Record<string, string[]> = { entities: await serious(page) };
    await docScreenshot(page, `corpus-entities-${theme}`);
    await page.setViewportSize({ width: 800, height: 600 });
    await docScreenshot(page, `corpus-entities-800-${theme}`);
    await page.setViewportSize({ width: 1360, height: 900 });
    await corpus.region.getByRole('button', { name: 'Show on the timeline' }).click();
    await expect(corpus.timelineChart).toBeVisible();
    report.timeline = await serious(page);
    await docScreenshot(page, `corpus-timeline-${theme}`);
    await corpus.tab('Claims').click();
    await expect(corpus.region.getByRole('table').first()).toBeVisible();
    report.claims = await serious(page);
    await docScreenshot(page, `corpus-claims-${theme}`);
    await page.getByRole('banner').getByRole('button', { name: 'Reader', exact: true }).click();
    await page.getByRole('navigation', { name: 'Library' }).getByText('Filters').click();
    await expect(page.getByRole('combobox', { name: 'Source' })).toBeVisible();
    report.facets = await serious(page);
    await page.setViewportSize({ width: 800, height: 600 });
    await docScreenshot(page, `library-facets-800-${theme}`);
    // The same filters over search results, with counts from the query's matches.
    const search = new SearchPanel(page);
    await search.box.fill('useful');
    await search.box.press('Enter');
    await search.results.getByText('Filters').click();
    await search.results.getByRole('combobox', { name: 'Source' }).selectOption({ index: 1 });
    await expect(search.results.getByText('Filters (1)')).toBeVisible();
    await expect(search.resultList).toHaveAttribute('data-typing', 'false');
    report.searchFacets = await serious(page);
    await docScreenshot(page, `search-facets-800-${theme}`);
    await page.setViewportSize({ width: 1360, height: 900 });
    await docScreenshot(page, `search-facets-1360-${theme}`);
    expect(report).toEqual({ entities: [], timeline: [], claims: [], facets: [], searchFacets: [] });
  });
}
