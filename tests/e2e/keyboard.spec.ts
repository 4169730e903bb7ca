import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { BriefingPanel } from './pages/briefing-panel';
import { MainScreen } from './pages/main-screen';
import { NotesSidebar } from './pages/notes-sidebar';
import { SearchPanel } from './pages/search-panel';
import { ShortcutsSheet } from './pages/settings-dialog';
import { ROOT } from './support/web-host';

// Issue 7 / DEVELOPERS.md: every action reachable without a mouse, focus visible.

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const FIRST = 'The United States, Ukraine and South Korea say that North Korean troops were dispatched to Russia';
const SECOND = 'at least 3,000 North Korean soldiers had arrived in eastern Russia this month';

const shot = (name: string) => join(ROOT, 'test-results', 'keyboard', `${name}.png`);

/** Two highlights made through the UI, in reading order: green (FIRST, with a note), then yellow (SECOND). */
async function twoHighlights(page: Page): Promise<AnnotationPopovers> {
  await expect(new MainScreen(page).documentTitle).toHaveText(SEED_TITLE);
  const popovers = new AnnotationPopovers(page);
  await popovers.selectText(SECOND);
  await popovers.colour('yellow').click();
  await expect(popovers.highlights('yellow')).not.toHaveCount(0);
  await popovers.selectText(FIRST);
  await popovers.toolbar.getByRole('button', { name: 'Note' }).click();
  await expect(popovers.newEditor.getByLabel('Note (Markdown)')).toBeFocused();
  await popovers.newEditor.getByRole('radio', { name: 'green' }).check();
  await popovers.newEditor.getByLabel('Note (Markdown)').fill('Three governments agree.');
  await popovers.newEditor.getByRole('button', { name: 'Save' }).click();
  await expect(popovers.newEditor).toBeHidden();
  await expect(popovers.highlights('green')).not.toHaveCount(0);
  return popovers;
}

test('the annotation editor and the export dialog keep Tab inside, close on Esc and give focus back', async ({ dossier }) => {
  const { page } = dossier;
  const popovers = await twoHighlights(page);
  const sidebar = new NotesSidebar(page);
  await sidebar.open();

  // Editor, opened from the sidebar's Edit button.
  const edit = sidebar.item(SECOND.slice(0, 20)).getByRole('button', { name: /^Edit/u });
  await edit.click();
  const editor = popovers.editor;
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel('Note (Markdown)')).toBeFocused();
  const colour = editor.getByRole('radio', { name: 'yellow' });
  const last = editor.getByRole('button', { name: 'Delete' });
  // The last control wraps to the first (the colour group's checked radio), and back.
  await last.focus();
  await page.keyboard.press('Tab');
  await expect(colour).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(last).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"], dialog'))).toBe(true);
  }
  await page.screenshot({ path: shot('editor-modal') });
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(edit).toBeFocused();

  // Export dialog, opened with Ctrl+E from the same button.
  await page.keyboard.press('Control+e');
  const exportDialog = sidebar.exportDialog();
  await expect(exportDialog.root).toBeVisible();
  await expect(exportDialog.scope('This document')).toBeFocused();
  const close = exportDialog.root.getByRole('button', { name: 'Close' });
  await close.focus();
  await page.keyboard.press('Tab');
  await expect(exportDialog.scope('This document')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(close).toBeFocused();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"], dialog'))).toBe(true);
  }
  await page.screenshot({ path: shot('export-modal') });
  await page.keyboard.press('Escape');
  await expect(exportDialog.root).toBeHidden();
  await expect(edit).toBeFocused();
  expect(dossier.problems).toEqual([]);
});

test('Alt+↓ / Alt+↑ walk the highlights in reading order, outlined and announced; Enter opens one; no extra Tab stops', async ({ dossier }) => {
  const { page } = dossier;
  const popovers = await twoHighlights(page);
  const green = popovers.highlights('green').first();
  const yellow = popovers.highlights('yellow').first();
  const announcement = page.getByRole('main', { name: 'Document' }).getByRole('status').filter({ hasText: /^Highlight \d of \d/u });

  await page.getByRole('main', { name: 'Document' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(green).toBeFocused();
  await expect(green).toHaveCSS('outline-style', 'solid');
  await expect(announcement).toHaveText(/^Highlight 1 of 2 \(green\): “The United States.*”\. Note: Three governments agree\. Enter opens it\.$/u);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(yellow).toBeFocused();
  await expect(yellow).toBeInViewport();
  await expect(announcement).toHaveText(/^Highlight 2 of 2 \(yellow\): “at least 3,000/u);
  await page.screenshot({ path: shot('highlight-focused') });
  // Wraps at both ends.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(green).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(yellow).toBeFocused();

  // Enter opens the focused highlight in the editor; Esc brings the keyboard back to it.
  await page.keyboard.press('Enter');
  await expect(popovers.editor).toBeVisible();
  await expect(popovers.editor.getByRole('blockquote')).toHaveText(SECOND);
  await expect(popovers.editor.getByLabel('Note (Markdown)')).toBeFocused();
  await page.screenshot({ path: shot('highlight-opened') });
  await page.keyboard.press('Escape');
  await expect(popovers.editor).toBeHidden();
  await expect(yellow).toBeFocused();

  // The marks are not Tab stops: Tab leaves the highlight for the next control, not the next mark.
  await page.keyboard.press('Tab');
  await expect(yellow).not.toBeFocused();
  await expect(green).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(green).not.toBeFocused();

  // Listed in the ? sheet.
  await page.getByRole('main', { name: 'Document' }).focus();
  await page.keyboard.press('?');
  const sheet = new ShortcutsSheet(page);
  const row = sheet.group('Annotations').getByRole('term').filter({ hasText: 'Next highlight in the document' });
  await expect(row).toBeVisible();
  await expect(sheet.group('Annotations').getByRole('term').filter({ hasText: 'Previous highlight in the document' })).toBeVisible();
  await expect(sheet.group('Annotations').getByRole('definition').filter({ hasText: /Alt\s*↓/u })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(dossier.problems).toEqual([]);
});

test('Alt+↓ in a document without highlights says so', async ({ dossier }) => {
  const { page } = dossier;
  await expect(new MainScreen(page).documentTitle).toHaveText(SEED_TITLE);
  await page.getByRole('main', { name: 'Document' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('main', { name: 'Document' }).getByRole('status').filter({ hasText: 'No highlights in this document.' })).toHaveCount(1);
});

test('leaving an entity tab clears its highlighted mentions from the text', async ({ dossier }) => {
  const { page } = dossier;
  const screen = new MainScreen(page);
  const briefing = new BriefingPanel(page);
  await expect(screen.documentTitle).toHaveText(SEED_TITLE);
  await briefing.open('People');
  const peskov = briefing.entity(/Peskov\s*2 mentions/u);
  await peskov.click();
  const marks = screen.article.getByTitle(/Peskov, mention \d of 2/u);
  await expect(marks).toHaveCount(2);

  await briefing.open('Quotes');
  await expect(marks).toHaveCount(0);
  await page.screenshot({ path: shot('entity-cleared') });
  await briefing.open('People');
  await expect(peskov).toHaveAttribute('aria-pressed', 'false');

  // By keyboard too: arrows in the tab list move to Organisations, which clears the People selection.
  await peskov.press('Enter');
  await expect(marks).toHaveCount(2);
  await briefing.tab('People').focus();
  await page.keyboard.press('ArrowRight');
  await expect(briefing.tab('Organisations')).toHaveAttribute('aria-selected', 'true');
  await expect(marks).toHaveCount(0);
  expect(dossier.problems).toEqual([]);
});

test('search hits in the title are highlighted in the heading; the counter still walks the text', async ({ dossier }) => {
  const { page } = dossier;
  const screen = new MainScreen(page);
  const search = new SearchPanel(page);
  await expect(screen.documentTitle).toHaveText(SEED_TITLE);

  // Title and text: the heading's hit is drawn, the counter walks paragraph hits, the note says "also in the title".
  await search.search('Ukraine');
  await expect(search.counter).toHaveText(/^1 of \d+$/u);
  const titleHit = screen.documentTitle.getByTitle('Search hit in the title');
  await expect(titleHit).toHaveText('Ukraine');
  await expect(search.navigator).toContainText('also in the title');
  await expect(screen.documentTitle).toHaveText(SEED_TITLE);
  const count = Number((await search.counter.textContent())!.split(' of ')[1]);
  expect(await search.hits().count()).toBe(count + 1);
  await search.next.click();
  await expect(search.counter).toHaveText(`2 of ${count}`);
  await screen.documentTitle.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('title-hit') });

  // Only the title: nothing to walk, and the counter says why.
  await search.search('title:koreans');
  await expect(search.counter).toHaveText('Only the title matches');
  await expect(titleHit).toHaveText('Koreans');
  await expect(search.navigator).not.toContainText('also in the title');
  await expect(search.next).toBeDisabled();
  await page.screenshot({ path: shot('title-only') });
  expect(dossier.problems).toEqual([]);
});
