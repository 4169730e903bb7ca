import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeScanPdf, pngAsPdfImage } from '../unit/core/corpus/formats/make-files';
import { seriousViolations } from './support/axe-check';
import { docScreenshot } from './support/doc-screenshot';
import { AddDocumentsScreen } from './pages/add-documents';
import { MainScreen } from './pages/main-screen';
import { SearchPanel } from './pages/search-panel';
import { SettingsDialog } from './pages/settings-dialog';
import { expect, test } from './support/fixtures';

const SCAN = new URL('../unit/core/corpus/formats/fixtures/scan-words.png', import.meta.url);

test('a scanned PDF is read by OCR: the reader says so, and its words are found by search', async ({ dossier }) => {
  // The processing worker's start, then OCR itself (seconds a page on a loaded machine).
  test.slow();
  const { page } = dossier;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ocr-e2e-'));
  try {
    const file = join(dir, 'ferry-scan.pdf');
    writeFileSync(file, makeScanPdf([{ image: pngAsPdfImage(readFileSync(SCAN)) }]));
    const screen = new AddDocumentsScreen(page);
    const main = new MainScreen(page);
    const search = new SearchPanel(page);
    await expect(main.documentTitle).toBeVisible();

    await screen.add([file]);
    await expect(screen.summary).toHaveText('1 added', { timeout: 90_000 });
    await expect(screen.result('ferry-scan.pdf')).toContainText('Text read by OCR from a scanned PDF (1 page, English');
    await screen.closePanel();
    await expect(main.library.getByRole('button', { name: /Harbour ferries/u })).toContainText('read by OCR');

    await search.search('kittiwake');
    await search.option(/Harbour ferries/u).click();
    const notice = main.article.getByRole('note');
    await expect(notice).toContainText('Text read by OCR from a scanned PDF; it may contain errors.');
    await expect(main.bodyParagraphs().filter({ hasText: 'Kittiwake' })).toBeVisible();

    // The notice on its own, without the search's marks over the text.
    await search.box.fill('');
    const settings = new SettingsDialog(page);
    for (const size of [
      { width: 800, height: 600 },
      { width: 1360, height: 900 },
    ]) {
      await page.setViewportSize(size);
      for (const theme of ['Light', 'Dark'] as const) {
        await settings.useTheme(theme);
        await expect(notice).toBeVisible();
        await docScreenshot(page, `ocr-notice-${size.width}-${theme.toLowerCase()}`);
        expect(await seriousViolations(page, `ocr-notice-${size.width}-${theme}`)).toEqual([]);
      }
    }
    expect(dossier.problems).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
