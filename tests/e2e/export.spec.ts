import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { docScreenshot } from './support/doc-screenshot';
import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { BriefingPanel } from './pages/briefing-panel';
import { MainScreen } from './pages/main-screen';
import { NotesSidebar } from './pages/notes-sidebar';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const FIRST = 'The United States, Ukraine and South Korea say that North Korean troops were dispatched to Russia';
const SECOND = 'at least 3,000 North Korean soldiers had arrived in eastern Russia this month';

/** Two highlights made through the UI: a green one with a note and two tags, a yellow one bare. */
async function annotateSeed(page: Page): Promise<void> {
  await expect(new MainScreen(page).documentTitle).toHaveText(SEED_TITLE);
  const popovers = new AnnotationPopovers(page);
  await popovers.selectText(FIRST);
  await popovers.toolbar.getByRole('button', { name: 'Tags' }).click();
  await expect(popovers.newEditor.getByLabel('Tags', { exact: true })).toBeFocused();
  await popovers.newEditor.getByRole('radio', { name: 'green' }).check();
  await popovers.fill(popovers.newEditor, 'Confirmed by **three** governments.', ['North Korea', 'troops']);
  await popovers.newEditor.getByRole('button', { name: 'Save' }).click();
  await expect(popovers.newEditor).toBeHidden();
  await popovers.selectText(SECOND);
  await popovers.colour('yellow').click();
  await expect(popovers.highlights('yellow')).not.toHaveCount(0);
}

test('exports the document’s annotations as Markdown and CSV from the sidebar', async ({ dossier }, testInfo) => {
  const { page } = dossier;
  await annotateSeed(page);
  const sidebar = new NotesSidebar(page);
  await sidebar.open();
  await expect(sidebar.item(FIRST.slice(0, 20))).toContainText('Confirmed by three governments.');
  await expect(sidebar.placed.getByRole('listitem', { name: /^(The United|at least)/u })).toHaveCount(2);
  await docScreenshot(page, 'notes-sidebar');

  await sidebar.exportButton.click();
  const dialog = sidebar.exportDialog();
  await expect(dialog.root).toBeVisible();
  await expect(dialog.scope('This document')).toBeChecked();
  await expect(dialog.scope(/^Selected annotations \(0\)/u)).toBeDisabled();
  // The web host cannot print; the desktop app can.
  if (dossier.host === 'web') await expect(dialog.format('PDF')).toBeDisabled();
  else await expect(dialog.format('PDF')).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') });

  const md = await dossier.exportedFile(() => dialog.format('Markdown').click());
  expect(md.name).toMatch(/^dossier-cnn-2024-10-25-north-koreans-ukraine-\d{4}-\d{2}-\d{2}\.md$/u);
  expect(md.text).toContain(SEED_TITLE);
  expect(md.text).toContain(FIRST);
  expect(md.text).toContain('Confirmed by **three** governments.');
  expect(md.text).toContain('Tags: “North Korea”, #troops · Colour: green'); // tags keep their text
  expect(md.text.indexOf(FIRST)).toBeLessThan(md.text.indexOf(SECOND)); // reading order
  await expect(dialog.root.getByRole('status')).toHaveText(/Exported 2 annotations as dossier-.*\.md/u);

  const table = await dossier.exportedFile(() => dialog.format('CSV').click());
  expect(table.name).toMatch(/\.csv$/u);
  const lines = table.text.replace(/^\uFEFF/u, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('document,published,quote,note,tags,colour,created,modified,paragraph,document id,annotation id');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(`"${FIRST}`);
  expect(lines[1]).toContain('North Korea; troops,green');
  expect(lines[2]).toContain(SECOND);
  await dialog.close();
  await expect(dialog.root).toBeHidden();

  // The corpus-wide view groups by document.
  await sidebar.allDocuments.check();
  await expect(sidebar.root.getByRole('heading', { name: SEED_TITLE, level: 3 })).toBeVisible();
  expect(dossier.problems).toEqual([]);
});

test('Ctrl+E exports just the selected annotations; copy as Markdown reports what happened', async ({ dossier }) => {
  const { page } = dossier;
  await annotateSeed(page);
  const sidebar = new NotesSidebar(page);
  await sidebar.open();
  await sidebar.select(SECOND.slice(0, 20));
  await expect(sidebar.deleteSelected).toHaveText('Delete selected (1)');

  await page.keyboard.press('Control+e');
  const dialog = sidebar.exportDialog();
  await expect(dialog.scope(/^Selected annotations \(1\)/u)).toBeChecked();
  const csv = await dossier.exportedFile(() => dialog.format('CSV').click());
  const lines = csv.text.trimEnd().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(SECOND);
  expect(csv.name).toMatch(/^dossier-selection-/u);
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();

  // No clipboard permission is granted here: either outcome must be said, never silence.
  await sidebar.copyMarkdown.click();
  await expect(sidebar.page.getByText(/^(Copied 1 annotation as Markdown to the clipboard\.|Could not copy 1 annotation as Markdown: )/u)).toBeVisible();

  // Filters narrow the list; the selection can be deleted together and Ctrl+Z brings it back.
  const listed = sidebar.placed.getByRole('listitem', { name: /^(The United|at least)/u });
  await sidebar.root.getByRole('combobox', { name: 'Filter by tag' }).selectOption('troops');
  await expect(listed).toHaveCount(1);
  await sidebar.root.getByRole('combobox', { name: 'Filter by tag' }).selectOption('');
  await sidebar.root.getByRole('searchbox', { name: 'Filter notes by text' }).fill('3,000 soldiers');
  await expect(listed).toHaveCount(1);
  await expect(listed).toHaveAccessibleName(/^at least 3,000/u);
  await sidebar.root.getByRole('searchbox', { name: 'Filter notes by text' }).fill('');
  await sidebar.root.getByRole('combobox', { name: 'Filter by colour' }).selectOption('green');
  await expect(listed).toHaveCount(1);
  await sidebar.root.getByRole('combobox', { name: 'Filter by colour' }).selectOption('');
  await sidebar.select(FIRST.slice(0, 20));
  await sidebar.deleteSelected.click();
  await expect(listed).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(listed).toHaveCount(2);
  expect(dossier.problems).toEqual([]);
});

test('JSON-LD round trip: export, delete, import brings it back; a malformed file changes nothing', async ({ dossier }, testInfo) => {
  const { page } = dossier;
  await annotateSeed(page);
  const sidebar = new NotesSidebar(page);
  await sidebar.open();
  await page.keyboard.press('Control+e');
  const dialog = sidebar.exportDialog();
  const exported = (await dossier.exportedFile(() => dialog.format('W3C JSON-LD').click())).path;
  // Imported under a known name: the import message names the file it read.
  const file = testInfo.outputPath('export.jsonld');
  copyFileSync(exported, file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 2 });
  await dialog.close();

  await sidebar.delete(FIRST.slice(0, 20));
  await expect(sidebar.item(FIRST.slice(0, 20))).toHaveCount(0);

  const broken = testInfo.outputPath('broken.json');
  writeFileSync(broken, '{"type": "AnnotationCollection", "first": ');
  await sidebar.importInput.setInputFiles(broken);
  await expect(sidebar.alert).toContainText('Nothing imported from broken.json');
  await expect(sidebar.placed.getByRole('listitem', { name: /^(The United|at least)/u })).toHaveCount(1);

  await sidebar.importInput.setInputFiles(file);
  await expect(sidebar.status).toHaveText(/Imported export\.jsonld: 1 added, 0 updated/u);
  await expect(sidebar.item(FIRST.slice(0, 20))).toContainText('Confirmed by three governments.');
  await expect(sidebar.item(FIRST.slice(0, 20)).getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['North Korea', 'troops']);
  expect(dossier.problems).toEqual([]);
});

test('an analyst with corrections and no notes exports them in every text format and imports them back', async ({ dossier }, testInfo) => {
  const { page } = dossier;
  await expect(new MainScreen(page).documentTitle).toHaveText(SEED_TITLE);
  const briefing = new BriefingPanel(page);
  await briefing.open('People');
  await briefing.entity(/^Vladimir Putin\b/u).click();
  await briefing.panel.getByRole('button', { name: 'Reject Vladimir Putin' }).click();
  await expect(briefing.entity(/^Vladimir Putin\b/u)).toHaveCount(0);

  const sidebar = new NotesSidebar(page);
  await sidebar.open();
  await sidebar.exportButton.click();
  const dialog = sidebar.exportDialog();
  await dialog.scope('All documents').check();
  const md = await dossier.exportedFile(() => dialog.format('Markdown').click());
  expect(md.text).toContain('# Corrections to extraction');
  expect(md.text).toContain('- Vladimir Putin: Rejected: not an entity');
  await expect(dialog.root.getByRole('status')).toHaveText(/^(Exported|Saved) 1 correction (as|to) dossier-annotations-.*\.md/u);
  const csv = await dossier.exportedFile(() => dialog.format('CSV').click());
  expect(csv.text).toContain('Vladimir Putin,Rejected: not an entity,person:vladimir putin,');
  const html = await dossier.exportedFile(() => dialog.format('HTML').click());
  expect(html.text).toContain('<strong>Vladimir Putin</strong>: Rejected: not an entity');
  const exported = (await dossier.exportedFile(() => dialog.format('W3C JSON-LD').click())).path;
  const file = testInfo.outputPath('corrections.jsonld');
  copyFileSync(exported, file);
  await dialog.close();

  // Taken back, then brought in again by the import: Putin leaves the briefing once more.
  await briefing.open('People');
  await page.keyboard.press('Control+z');
  await expect(briefing.entity(/^Vladimir Putin\b/u)).toBeVisible();
  await sidebar.open();
  await sidebar.importInput.setInputFiles(file);
  await expect(sidebar.status).toHaveText(/Imported corrections\.jsonld: 0 added, 0 updated.*; 1 correction added/u);
  await briefing.open('People');
  await expect(briefing.entity(/^Vladimir Putin\b/u)).toHaveCount(0);
  expect(dossier.problems).toEqual([]);
});
