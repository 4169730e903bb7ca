import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocx, makePdf } from '../unit/core/corpus/formats/make-files';
import { AddDocumentsScreen } from './pages/add-documents';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { CorpusView } from './pages/corpus-view';
import { MainScreen } from './pages/main-screen';
import { SearchPanel } from './pages/search-panel';
import { expect, test } from './support/fixtures';

/** Files written by the test itself: a PDF, a DOCX, a saved web page, a corrupt PDF. */
function writeFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-add-e2e-'));
  const path = (name: string) => join(dir, name);
  writeFileSync(path('shipyard.pdf'), makePdf([[['The Govan shipyard won a contract for six hybrid ferries,', 'the yard said on Monday.'], ['Steel cutting starts in the spring.']]], { title: 'Shipyard wins ferry order' }));
  writeFileSync(path('depot.docx'), makeDocx(['Depot memo', 'The board of Northwind approved the quayside depot budget after a long debate.', 'Dredging the berth will cost four million pounds.'], { title: 'Quayside depot memo' }));
  writeFileSync(
    path('timetable.html'),
    '<html><head><title>Island timetable</title><script>document.title = "hacked"</script></head><body><article><h1>Island timetable</h1><p>Sailings from Oban to Craignure will run hourly from June, the operator announced.</p><p>Winter sailings are unchanged.</p></article></body></html>',
  );
  writeFileSync(path('broken.pdf'), '%PDF-1.7 this file was cut off in transit');
  return { dir, path };
}

test('add a PDF, a DOCX and a web page: progress, summary, search, highlight, restart, duplicate, new version, remove with undo', async ({ dossier }, testInfo) => {
  // Many steps, a restart and the processing worker's start: slow on a loaded machine.
  test.slow();
  const { page } = dossier;
  const files = writeFiles();
  try {
    const screen = new AddDocumentsScreen(page);
    const main = new MainScreen(page);
    const search = new SearchPanel(page);
    await expect(main.documentTitle).toBeVisible();

    await screen.add(['shipyard.pdf', 'depot.docx', 'timetable.html', 'broken.pdf'].map(files.path));
    await expect(screen.progress).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('adding-progress.png') });
    // The first batch starts the processing worker (seconds under load): allow for it.
    await expect(screen.summary).toHaveText('3 added, 1 failed: corrupt PDF', { timeout: 30_000 });
    await expect(screen.result('broken.pdf')).toContainText('Corrupt PDF: its structure cannot be read.');
    await page.screenshot({ path: testInfo.outputPath('adding-summary.png') });
    await screen.closePanel();

    // Marked as added in the library, and each is found by search with the bundled corpus.
    await expect(main.library.getByRole('button', { name: /Shipyard wins ferry order/u })).toContainText('Added by you · shipyard.pdf');
    for (const [query, title] of [['hybrid ferries', 'Shipyard wins ferry order'], ['quayside', 'Quayside depot memo'], ['craignure', 'Island timetable']] as const) {
      await search.search(query);
      await expect(search.option(title)).toBeVisible();
    }
    await search.search('ukraine');
    await expect(search.options.first()).toBeVisible();

    // The corpus view counts them too: a place named only in the added web page, with its document.
    const corpus = new CorpusView(page);
    await corpus.open();
    await corpus.filter.fill('Oban');
    await corpus.entity(/Oban/u).click();
    await expect(corpus.documents).toContainText('Island timetable');
    await page.getByRole('banner').getByRole('button', { name: 'Reader', exact: true }).click();

    // Annotatable: highlight a sentence of the DOCX.
    await search.search('quayside');
    await search.option('Quayside depot memo').click();
    await expect(main.documentTitle).toHaveText('Quayside depot memo');
    expect(await page.title()).not.toBe('hacked');
    const popovers = new AnnotationPopovers(page);
    await popovers.selectText('approved the quayside depot budget');
    await popovers.colour('yellow').click();
    await expect.poll(async () => (await popovers.highlights('yellow').allTextContents()).join('')).toBe('approved the quayside depot budget');

    // A restart keeps them.
    await dossier.restart();
    await expect(main.library.getByRole('button', { name: /Quayside depot memo/u })).toBeVisible();
    await search.search('craignure');
    await expect(search.option('Island timetable')).toBeVisible();

    // The same file again says so.
    await screen.add([files.path('shipyard.pdf')]);
    await expect(screen.summary).toHaveText('0 added, 1 skipped: already in the library');
    await expect(screen.result('shipyard.pdf')).toContainText('Already in the library (as “Shipyard wins ferry order”)');
    await screen.closePanel();

    // A changed version replaces the old one and the highlight is placed on the new text.
    writeFileSync(files.path('depot.docx'), makeDocx(['Depot memo', 'Update: the board of Northwind approved the quayside depot budget after a long debate.', 'The dredging plan was dropped.'], { title: 'Quayside depot memo' }));
    await screen.add([files.path('depot.docx')]);
    // The first file processed since the restart starts a new worker: the same allowance as above.
    await expect(screen.summary).toHaveText('0 added, 1 replaced by a new version', { timeout: 30_000 });
    await screen.closePanel();
    await search.search('dredging plan');
    await search.option('Quayside depot memo').click();
    await expect(main.bodyParagraphs().filter({ hasText: 'Update: the board' })).toBeVisible();
    await expect.poll(async () => (await popovers.highlights('yellow').allTextContents()).join('')).toBe('approved the quayside depot budget');

    // Removing asks first, says what happens to its notes, and can be undone.
    await search.box.fill('');
    await screen.yourDocumentsButton.click();
    await expect(screen.list.getByRole('listitem')).toHaveCount(3);
    await page.screenshot({ path: testInfo.outputPath('your-documents.png') });
    await screen.list.getByRole('button', { name: 'Remove Quayside depot memo' }).click();
    await expect(screen.list.getByRole('group', { name: 'Remove Quayside depot memo?' })).toContainText('Its notes are kept');
    await screen.list.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(screen.list.getByRole('status')).toContainText('Removed “Quayside depot memo”. Its 1 note is kept');
    await expect(screen.list.getByRole('listitem')).toHaveCount(2);
    await expect(main.library.getByRole('button', { name: /Quayside depot memo/u })).toHaveCount(0);
    await screen.list.getByRole('button', { name: 'Undo' }).click();
    await expect(screen.list.getByRole('listitem')).toHaveCount(3);
    await screen.list.getByRole('button', { name: 'Close your documents' }).click();
    await expect(main.library.getByRole('button', { name: /Quayside depot memo/u })).toBeVisible();
    expect(dossier.problems).toEqual([]);
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
});
