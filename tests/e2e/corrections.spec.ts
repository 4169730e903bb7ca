import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './support/fixtures';
import { generatedCorpusTest } from './support/generated-corpus-test';
import { BriefingPanel } from './pages/briefing-panel';
import { CorpusView } from './pages/corpus-view';
import { MainScreen } from './pages/main-screen';
import { SettingsDialog } from './pages/settings-dialog';
import { docScreenshot } from './support/doc-screenshot';
import { searchCount } from './support/search-count';

/** Several hundred generated stories, built once for this file (no third-party text involved). */
const DOCUMENTS = 300;
const test = generatedCorpusTest(DOCUMENTS, 'corrections');

/** Opens the corpus view on Angela Merkel, then her first document at the mention. */
async function openMerkelStory(page: Page): Promise<BriefingPanel> {
  const corpus = new CorpusView(page);
  await corpus.open();
  await corpus.filter.fill('merkel');
  await corpus.entity(/^Angela Merkel\b/).click();
  const row = corpus.documents.getByRole('button').first();
  const title = (await row.locator('.corpus-row-title').textContent()) ?? '';
  await row.click();
  await expect(new MainScreen(page).documentTitle).toHaveText(title);
  const briefing = new BriefingPanel(page);
  await expect(briefing.tab('People')).toHaveAttribute('aria-selected', 'true');
  return briefing;
}

test('a rejected entity leaves the briefing and the corpus view, comes back with Undo, survives a restart, and is taken back from the list', async ({ app }, testInfo) => {
  // Two restarts of the worker and several corpus requests: slow on a loaded machine.
  testInfo.setTimeout(120_000);
  const page = app.page;
  const briefing = await openMerkelStory(page);
  const merkel = briefing.entity(/^Angela Merkel\b/);
  await expect(merkel).toBeVisible();
  await briefing.panel.getByRole('button', { name: 'Reject Angela Merkel' }).click();
  await expect(merkel).toHaveCount(0);
  const notice = page.getByRole('status', { name: 'Annotation messages' }).first();
  await expect(notice).toContainText('Rejected “Angela Merkel”');

  // Undo brings her back in the briefing and in the corpus view.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(merkel).toBeVisible();
  const corpus = new CorpusView(page);
  await corpus.open();
  await corpus.filter.fill('merkel');
  await expect(corpus.entity(/^Angela Merkel\b/)).toBeVisible();

  // Rejected from the corpus view this time: gone from the list, from who-appears-with, and from the briefing.
  await corpus.entity(/^Angela Merkel\b/).click();
  await corpus.region.getByRole('button', { name: 'Reject Angela Merkel' }).click();
  await expect(corpus.region.getByRole('status', { name: 'Annotation messages' })).toContainText('Rejected “Angela Merkel”');
  await expect(corpus.entity(/^Angela Merkel\b/)).toHaveCount(0);
  await corpus.filter.fill('');
  await corpus.entity(/^Tony Blair\b/).click();
  await expect(corpus.appearsWith.getByRole('button').first()).toBeVisible();
  await expect(corpus.appearsWith.getByRole('button', { name: /Angela Merkel/ })).toHaveCount(0);
  await page.getByRole('banner').getByRole('button', { name: 'Reader', exact: true }).click();
  await briefing.open('People');
  await expect(briefing.entity(/^Angela Merkel\b/)).toHaveCount(0);
  // Search's person: field no longer finds her; the words of the stories still do.
  expect(await searchCount(page, 'person:merkel')).toBe(0);
  expect(await searchCount(page, 'merkel')).toBeGreaterThan(0);

  // A restart keeps the correction.
  await app.restart();
  await expect(new MainScreen(page).documentTitle).toBeVisible();
  await corpus.open();
  await corpus.filter.fill('merkel');
  await expect(corpus.entities.getByRole('option')).toHaveCount(0);

  // The list of corrections takes it back (itself undoable); she is back everywhere.
  await corpus.tab('Corrections').click();
  const row = corpus.region.getByRole('row').filter({ hasText: 'Angela Merkel' });
  await expect(row).toContainText('Rejected: not an entity');
  await row.getByRole('button', { name: 'Take back the correction of Angela Merkel' }).click();
  await expect(row).toHaveCount(0);
  await corpus.tab('Entities').click();
  await expect(corpus.entity(/^Angela Merkel\b/)).toBeVisible();
});

test('changing an entity type lists it under that type in the corpus view and in search fields; Undo moves it back', async ({ app }) => {
  const page = app.page;
  const asPerson = await searchCount(page, 'person:merkel');
  expect(asPerson).toBeGreaterThan(0);
  expect(await searchCount(page, 'place:merkel')).toBe(0);
  const corpus = new CorpusView(page);
  await corpus.open();
  await corpus.filter.fill('merkel');
  await corpus.entity(/^Angela Merkel\b/).click();
  await corpus.region.getByRole('group', { name: 'Correct Angela Merkel' }).getByRole('combobox', { name: 'Type' }).selectOption('place');
  await expect(corpus.region.getByRole('status', { name: 'Annotation messages' })).toContainText('now listed as a place');
  await expect(corpus.entity(/^Angela Merkel\b.*Place/)).toBeVisible();
  expect(await searchCount(page, 'place:merkel')).toBe(asPerson);
  expect(await searchCount(page, 'person:merkel')).toBe(0);
  await corpus.open();
  await corpus.region.getByRole('status', { name: 'Annotation messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(corpus.entity(/^Angela Merkel\b.*Person/)).toBeVisible();
  expect(await searchCount(page, 'person:merkel')).toBe(asPerson);
});

test('a merged name is split off and Undo merges it again; a quote’s speaker and a figure’s claimant are changed from the briefing', async ({ app }) => {
  const page = app.page;
  const corpus = new CorpusView(page);
  const messages = page.getByRole('status', { name: 'Annotation messages' }).first();
  const docsOf = async (name: RegExp) => Number((await corpus.entity(name).textContent())?.match(/(\d+) docs/)?.[1]);
  await corpus.open();
  await corpus.filter.fill('blair');
  const together = await docsOf(/^Tony Blair\b/);
  await corpus.entity(/^Tony Blair\b/).click();
  await corpus.region.getByRole('button', { name: /^Split off (Mr )?Blair from Tony Blair$/ }).click();
  await expect(messages).toContainText('off “Tony Blair”: it is its own entity now');
  // The stories that only say "Mr Blair" are his own entity's now.
  await expect(corpus.entity(/^Blair\b/)).toBeVisible();
  const apart = (await docsOf(/^Tony Blair\b/)) + (await docsOf(/^Blair\b/));
  expect(apart).toBe(together);
  expect(await docsOf(/^Tony Blair\b/)).toBeLessThan(together);
  await messages.getByRole('button', { name: 'Undo' }).click();
  await expect(corpus.entity(/^Blair\b/)).toHaveCount(0);
  await expect(corpus.entity(/^Tony Blair\b/)).toContainText(`${together} docs`);

  // A Tony Blair story: his quote given to Kofi Annan, then a figure left unattributed.
  await corpus.entity(/^Tony Blair\b/).click();
  await corpus.documents.getByRole('button').first().click();
  const briefing = new BriefingPanel(page);
  const quotes = await briefing.open('Quotes');
  const quote = quotes.getByRole('listitem').filter({ has: page.getByRole('button', { name: /We will keep working/ }) });
  await quote.getByRole('button', { name: /^Change the speaker of quote \d+/ }).click();
  await quote.getByRole('combobox', { name: 'Speaker' }).fill('Kofi Annan');
  await quote.getByRole('button', { name: 'Save' }).click();
  await expect(messages).toContainText('is now “Kofi Annan”');
  await expect(briefing.speaker(/^Kofi Annan/).getByRole('button', { name: /We will keep working/ })).toBeVisible();

  await briefing.open('Overview');
  const figure = briefing.figureGroup(/jobs/).getByRole('listitem').first();
  await expect(figure.getByRole('button').first()).not.toContainText('unattributed');
  await figure.getByRole('button', { name: /^Change the claimant/ }).click();
  await figure.getByRole('button', { name: 'Unattributed' }).click();
  await expect(messages).toContainText('is now unattributed');
  await expect(figure.getByRole('button').first()).toContainText('(unattributed)');
  await messages.getByRole('button', { name: 'Undo' }).click();
  await expect(figure.getByRole('button').first()).not.toContainText('unattributed');

  // The corpus-wide list: the quote with its document, what extraction said and when; the
  // kind filter narrows to it; Open goes to its paragraph; Take back is undoable.
  const storyTitle = (await new MainScreen(page).documentTitle.textContent()) ?? '';
  await corpus.open();
  await corpus.tab('Corrections').click();
  const quoteRow = corpus.region.getByRole('row').filter({ hasText: 'We will keep working' });
  await expect(quoteRow).toContainText('Quote said by Kofi Annan');
  await expect(quoteRow).toContainText(`in “${storyTitle}”`);
  await expect(quoteRow).toContainText(/extraction said (Tony |Mr )?Blair/u);
  await expect(quoteRow.getByRole('cell').nth(1)).toHaveText(/\d{4}, \d{2}:\d{2}/u);
  const show = corpus.region.getByRole('combobox', { name: 'Show' });
  await show.selectOption({ label: 'Quote speakers (1)' });
  await expect(corpus.region.getByRole('row').filter({ has: page.getByRole('rowheader') })).toHaveCount(1);
  await show.selectOption({ label: 'Figure claimants (0)' });
  await expect(corpus.region.getByText('None of this kind (figure claimants).')).toBeVisible();
  await show.selectOption({ label: 'All kinds (1)' });
  await quoteRow.getByRole('button', { name: /^Open .*We will keep working/u }).click();
  await expect(new MainScreen(page).documentTitle).toHaveText(storyTitle);
  // Back to the corpus view where it was left: the Corrections tab.
  await page.getByRole('banner').getByRole('button', { name: 'Corpus', exact: true }).click();
  await quoteRow.getByRole('button', { name: /^Take back the correction of/u }).click();
  await expect(quoteRow).toHaveCount(0);
  await corpus.region.getByRole('status', { name: 'Annotation messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(quoteRow).toContainText('Quote said by Kofi Annan');
});

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: correction controls in the corpus view and the briefing, the corrections list, ${theme} theme`, async ({ app }) => {
    test.slow();
    const page = app.page;
    await new SettingsDialog(page).useTheme(theme === 'light' ? 'Light' : 'Dark');
    const briefing = await openMerkelStory(page);
    await expect(briefing.panel.getByRole('button', { name: 'Reject Angela Merkel' })).toBeVisible();
    const report: Record<string, string[]> = { briefing: await serious(page) };
    await docScreenshot(page, `corrections-briefing-1360-${theme}`);
    await page.setViewportSize({ width: 800, height: 600 });
    await docScreenshot(page, `corrections-briefing-800-${theme}`);
    await page.setViewportSize({ width: 1360, height: 900 });
    // The speaker editor open on a quote.
    const quotes = await briefing.open('Quotes');
    await quotes.getByRole('button', { name: /^Change the speaker of quote \d+/ }).first().click();
    await expect(quotes.getByRole('combobox', { name: 'Speaker' })).toBeFocused();
    report.speaker = await serious(page);
    await docScreenshot(page, `corrections-speaker-1360-${theme}`);
    await page.setViewportSize({ width: 800, height: 600 });
    await docScreenshot(page, `corrections-speaker-800-${theme}`);
    await page.setViewportSize({ width: 1360, height: 900 });
    // Saved, and a figure left unattributed: the list of corrections then shows every kind.
    await quotes.getByRole('combobox', { name: 'Speaker' }).fill('Kofi Annan');
    await quotes.getByRole('button', { name: 'Save' }).click();
    await expect(quotes.getByRole('combobox', { name: 'Speaker' })).toHaveCount(0);
    await briefing.open('Overview');
    const figure = briefing.figureGroup(/jobs/).getByRole('listitem').first();
    await figure.getByRole('button', { name: /^Change the claimant/ }).click();
    await figure.getByRole('button', { name: 'Unattributed' }).click();
    await expect(figure.getByRole('button').first()).toContainText('(unattributed)');
    const corpus = new CorpusView(page);
    await corpus.open();
    await corpus.filter.fill('blair');
    await corpus.entity(/^Tony Blair\b/).click();
    await corpus.region.getByRole('button', { name: 'Reject Tony Blair' }).click();
    await corpus.filter.fill('merkel');
    await corpus.entity(/^Angela Merkel\b/).click();
    await expect(corpus.region.getByRole('group', { name: 'Correct Angela Merkel' })).toBeVisible();
    await expect(corpus.region.getByRole('form', { name: 'Merge Angela Merkel into another entity' })).toBeVisible();
    report.corpus = await serious(page);
    await docScreenshot(page, `corrections-corpus-1360-${theme}`);
    await page.setViewportSize({ width: 800, height: 600 });
    await docScreenshot(page, `corrections-corpus-800-${theme}`);
    await corpus.tab('Corrections').click();
    await expect(corpus.region.getByRole('row').filter({ hasText: 'Tony Blair' })).toBeVisible();
    await expect(corpus.region.getByRole('row').filter({ has: page.getByRole('rowheader') })).toHaveCount(3);
    report.list = await serious(page);
    await docScreenshot(page, `corrections-list-800-${theme}`);
    await page.setViewportSize({ width: 1360, height: 900 });
    await docScreenshot(page, `corrections-list-1360-${theme}`);
    expect(report).toEqual({ briefing: [], speaker: [], corpus: [], list: [] });
  });
}
