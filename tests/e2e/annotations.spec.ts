import { rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { docScreenshot } from './support/doc-screenshot';
import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { MainScreen } from './pages/main-screen';
import { NotesSidebar } from './pages/notes-sidebar';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const SENTENCE = 'The United States, Ukraine and South Korea say that North Korean troops were dispatched to Russia for training with the aim of being deployed to Ukraine.';

async function ready(page: Page) {
  await expect(new MainScreen(page).documentTitle).toHaveText(SEED_TITLE);
}

/** Text of every highlight mark of a colour, joined in document order. */
async function highlightedText(popovers: AnnotationPopovers, colour: string): Promise<string> {
  return (await popovers.highlights(colour).allTextContents()).join('');
}

test('highlight green with a note and two tags: kept across a restart, in place; delete, then Ctrl+Z restores it', async ({ dossier }, testInfo) => {
  const { page } = dossier;
  await ready(page);
  const popovers = new AnnotationPopovers(page);
  const sidebar = new NotesSidebar(page);

  await popovers.selectText(SENTENCE);
  await expect(popovers.toolbar).toBeVisible();
  for (const colour of ['yellow', 'green', 'blue', 'pink', 'purple']) await expect(popovers.colour(colour)).toBeVisible();
  await expect(popovers.toolbar.getByRole('button', { name: 'Note' })).toBeVisible();
  await expect(popovers.toolbar.getByRole('button', { name: 'Tags' })).toBeVisible();
  await expect(popovers.toolbar.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
  await docScreenshot(page, 'annotation-toolbar');

  await popovers.colour('green').click();
  await expect(popovers.toolbar).toBeHidden();
  await expect.poll(() => highlightedText(popovers, 'green')).toBe(SENTENCE);

  // Clicking the highlight opens it for editing.
  await popovers.highlights('green').first().click();
  await expect(popovers.editor).toBeVisible();
  await expect(popovers.editor.getByRole('blockquote')).toHaveText(SENTENCE);
  await popovers.fill(popovers.editor, 'Three governments say **troops** were sent.', ['North Korea', 'troops']);
  await expect(popovers.editor.getByRole('list', { name: 'Tags on this annotation' }).getByRole('listitem')).toHaveText(['North Korea×', 'troops×']);
  await page.screenshot({ path: testInfo.outputPath('annotation-editor.png') });
  await popovers.editor.getByRole('button', { name: 'Save' }).click();
  await expect(popovers.editor).toBeHidden();

  await sidebar.open();
  const item = sidebar.item('The United States');
  await expect(item).toContainText('Three governments say troops were sent.');
  await expect(item.getByRole('strong')).toHaveText('troops');
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['North Korea', 'troops']);
  await expect(item).toContainText('green');
  // The quote in the list takes the reader to the highlight.
  await page.getByRole('article').getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await item.getByRole('button', { name: /^“The United States/u }).click();
  const paragraph = new MainScreen(page).bodyParagraphs().filter({ hasText: SENTENCE });
  await expect(paragraph).toHaveClass(/is-flashing/u);
  await expect(paragraph).toBeInViewport();

  await dossier.restart();
  await ready(dossier.page);
  await expect.poll(() => highlightedText(popovers, 'green')).toBe(SENTENCE);
  await expect(popovers.highlights('green').first()).toHaveAttribute('title', /Three governments say troops were sent/u);
  await sidebar.open();
  await expect(item).toContainText('Three governments say troops were sent.');
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['North Korea', 'troops']);

  await sidebar.delete('The United States');
  await expect(item).toHaveCount(0);
  await expect(popovers.highlights('green')).toHaveCount(0);
  await expect(sidebar.status).toContainText('Deleted an annotation');

  await page.keyboard.press('Control+z');
  await expect(item).toContainText('Three governments say troops were sent.');
  await expect.poll(() => highlightedText(popovers, 'green')).toBe(SENTENCE);
  await expect(sidebar.status).toContainText('Undid: Delete annotation.');

  await page.keyboard.press('Control+Shift+z');
  await expect(item).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['North Korea', 'troops']);

  expect(dossier.problems).toEqual([]);
});

test('a selection across paragraphs, coloured with a number key; the note’s Markdown is shown safely', async ({ dossier }) => {
  const { page } = dossier;
  await ready(page);
  const popovers = new AnnotationPopovers(page);
  const sidebar = new NotesSidebar(page);

  await popovers.selectText('Pyongyang had sent soldiers to the country.', 'South Korea has hinted');
  await expect(popovers.toolbar).toBeVisible();
  await page.keyboard.press('3');
  await expect.poll(() => highlightedText(popovers, 'blue')).toBe('Pyongyang had sent soldiers to the country.South Korea has hinted');
  const marks = popovers.highlights('blue');
  const paragraphsHit = await marks.evaluateAll((els) => new Set(els.map((el) => el.closest('[data-paragraph-id]')!.id)).size);
  expect(paragraphsHit).toBe(2);

  await marks.last().click();
  await popovers.fill(
    popovers.editor,
    'See [the source](javascript:window.__pwned=1) <img src=x onerror="window.__pwned=2"> and *this*.',
    [],
  );
  await popovers.editor.getByRole('button', { name: 'Save' }).click();
  await sidebar.open();
  const item = sidebar.item('Pyongyang had sent');
  await expect(item).toContainText('See the source');
  await expect(item.getByRole('emphasis')).toHaveText('this');
  await expect(item.getByRole('link')).toHaveCount(0);
  await expect(item.getByRole('img')).toHaveCount(0);
  await expect(item).toContainText('<img src=x onerror="window.__pwned=2">');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dossier.problems).toEqual([]);
});

test('a note added from the toolbar; a refused save shows why and keeps the typed text', async ({ dossier }) => {
  const { page } = dossier;
  await ready(page);
  const popovers = new AnnotationPopovers(page);
  const sidebar = new NotesSidebar(page);

  await popovers.selectText('South Korea has hinted');
  await popovers.toolbar.getByRole('button', { name: 'Note' }).click();
  await expect(popovers.newEditor).toBeVisible();
  await expect(popovers.newEditor.getByLabel('Note (Markdown)')).toBeFocused();
  await popovers.newEditor.getByRole('radio', { name: 'pink' }).check();
  await popovers.fill(popovers.newEditor, 'Seoul may rethink its support.', ['Seoul']);
  await popovers.newEditor.getByRole('button', { name: 'Save' }).click();
  await expect(popovers.newEditor).toBeHidden();
  await expect.poll(() => highlightedText(popovers, 'pink')).toBe('South Korea has hinted');

  // Someone deletes it behind the editor's back (another window): the save is refused.
  await sidebar.open();
  await sidebar.edit('South Korea has hinted');
  await expect(popovers.editor).toBeVisible();
  await page.evaluate(async () => {
    const [a] = await window.dossier.listAnnotations();
    await window.dossier.deleteAnnotation(a!.id);
  });
  const longNote = 'A long thought I must not lose: '.repeat(20);
  await popovers.editor.getByLabel('Note (Markdown)').fill(longNote);
  await popovers.editor.getByRole('button', { name: 'Save' }).click();
  await expect(popovers.editor.getByRole('alert')).toContainText('no longer exists');
  await expect(popovers.editor.getByLabel('Note (Markdown)')).toHaveValue(longNote);
  // …and it can be kept as a new highlight of the same text.
  await popovers.editor.getByRole('button', { name: 'Save as a new annotation' }).click();
  await expect(popovers.editor).toBeHidden();
  await expect(sidebar.item('South Korea has hinted')).toContainText('A long thought I must not lose');
  await expect.poll(() => highlightedText(popovers, 'pink')).toBe('South Korea has hinted');
  expect(dossier.problems.filter((p) => !/no longer exists/u.test(p))).toEqual([]);
});

test('an imported annotation whose quote is not in the document is listed under "Could not be placed"', async ({ dossier }, testInfo) => {
  const { page } = dossier;
  await ready(page);
  const sidebar = new NotesSidebar(page);
  const popovers = new AnnotationPopovers(page);
  const file = testInfo.outputPath('orphan.jsonld');
  const annotation = (id: string, source: string, exact: string, note: string) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    created: '2024-10-26T09:00:00Z',
    modified: '2024-10-26T09:00:00Z',
    body: [{ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/markdown' }],
    target: {
      source,
      styleClass: 'dossier-purple',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
      ],
    },
  });
  writeFileSync(
    file,
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        annotation('6f1c2a44-93b1-4d5e-8a0f-2b7c9e3d1a55', 'urn:dossier:doc:cnn-2024-10-25-north-koreans-ukraine', 'Penguins were seen marching on Kyiv', 'Edited out of the story later.'),
        annotation('7a2d3b55-a4c2-4e6f-9b1a-3c8dae4e2b66', 'urn:dossier:doc:not-in-this-corpus', 'anything', 'x'),
      ],
    }),
  );

  await sidebar.open();
  await sidebar.importInput.setInputFiles(file);
  await expect(sidebar.status).toHaveText(/1 added, 0 updated, 1 skipped: unknown document/u);
  await expect(sidebar.root.getByRole('heading', { name: 'Could not be placed' })).toBeVisible();
  const orphan = sidebar.orphans.getByRole('listitem', { name: /^Penguins were seen/u });
  await expect(orphan).toContainText('Penguins were seen marching on Kyiv');
  await expect(orphan).toContainText('Edited out of the story later.');
  await expect(sidebar.placed).toHaveCount(0);
  await expect(popovers.highlights('purple')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('orphans.png') });

  // Still there after a restart: orphans are never dropped.
  await dossier.restart();
  await ready(dossier.page);
  await sidebar.open();
  await expect(orphan).toContainText('Edited out of the story later.');
  expect(dossier.problems).toEqual([]);
});

test('a damaged annotations database: the banner says where the old file was moved', async ({ dossier }) => {
  await ready(dossier.page);
  const database = join(dossier.userDataDir, 'annotations.sqlite');
  // A restart first, so the new database is checkpointed into its file (closing a connection
  // writes its WAL back); then damage the file while nothing is pending, and start again.
  await dossier.restart();
  for (const suffix of ['-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
  writeFileSync(database, 'this is not a SQLite database'.repeat(100));
  await dossier.restart();
  await ready(dossier.page);
  const banner = dossier.page.getByRole('alert').filter({ hasText: 'was moved to' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(dossier.userDataDir);
});

test('annotations lost behind the app\'s back: "Restore this backup" puts them back with one click, no restart', async ({ dossier }) => {
  const { page } = dossier;
  await ready(page);
  const popovers = new AnnotationPopovers(page);
  const sidebar = new NotesSidebar(page);
  const quotes = [SENTENCE, 'Pyongyang had sent soldiers to the country.', 'South Korea has hinted'];
  for (const quote of quotes) {
    await popovers.selectText(quote);
    await expect(popovers.toolbar).toBeVisible();
    await page.keyboard.press('3');
    await expect(popovers.toolbar).toBeHidden();
  }
  await expect(popovers.highlights('blue')).toHaveCount(3);

  // A clean close keeps a 3-annotation backup; while the app is stopped, two annotations
  // vanish from the database, as commits do when a write-ahead log is damaged.
  const database = join(dossier.userDataDir, 'annotations.sqlite');
  await dossier.restart(() => {
    const db = new DatabaseSync(database);
    db.exec("DELETE FROM annotations WHERE quote_exact <> 'South Korea has hinted'");
    db.close();
  });
  await ready(dossier.page);
  await expect(popovers.highlights('blue')).toHaveCount(1);
  const banner = page.getByRole('alert').filter({ hasText: 'has 1 annotations, but 3 were saved' });
  await expect(banner).toContainText('has 3');
  await expect(banner).toContainText(join(dossier.userDataDir, 'annotations-backups'));

  await banner.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '2 annotations were put back from the backup' })).toContainText('before-restore');
  await expect(popovers.highlights('blue')).toHaveCount(3);
  await sidebar.open();
  for (const quote of quotes) await expect(sidebar.item(quote.slice(0, 20))).toBeVisible();

  // Kept after a restart, with nothing more to report.
  await dossier.restart();
  await ready(dossier.page);
  await expect(popovers.highlights('blue')).toHaveCount(3);
  await expect(page.getByRole('alert').filter({ hasText: 'were saved' })).toHaveCount(0);
  expect(dossier.problems).toEqual([]);
});
