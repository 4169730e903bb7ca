import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { MainScreen } from './pages/main-screen';
import { ROOT } from './support/web-host';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';

/** Prose paragraphs of the seed as a reader would count them: blank-line blocks minus the title and scraping debris. */
function seedProse(): string[] {
  const raw = readFileSync(join(ROOT, 'resources/corpus/cnn-2024-10-25-north-koreans-ukraine.txt'), 'utf8');
  // The pipeline normalises to NFC and turns no-break spaces into spaces (visible text unchanged).
  return raw
    .normalize('NFC')
    .replace(/\u00a0/gu, ' ')
    .split(/\n\s*\n/u)
    .map((b) => b.trim())
    .filter((b) => b && b !== SEED_TITLE && !/^Physical Address$|North Cardinal St\.|^en_USEnglish$/u.test(b));
}

test('opens on the seed article: its title, every paragraph, no errors or CSP violations', async ({ dossier }, testInfo) => {
  const screen = new MainScreen(dossier.page);
  await expect(screen.documentTitle).toHaveText(SEED_TITLE);

  const prose = seedProse();
  const shown = screen.bodyParagraphs();
  await expect(shown).toHaveCount(prose.length);
  const texts = await shown.allInnerTexts();
  expect(texts.map((t) => t.trim())).toEqual(prose);
  await expect(screen.article).not.toContainText('North Cardinal St.');
  await expect(screen.article).not.toContainText('en_USEnglish');
  await expect(shown.last()).toHaveText(/contributed to this report/u);

  await expect(screen.library.getByRole('button', { name: new RegExp(SEED_TITLE.slice(0, 30), 'u') })).toBeVisible();
  await dossier.page.screenshot({ path: testInfo.outputPath('seed-article.png') });
  await dossier.page.screenshot({ path: join(ROOT, 'test-results', `seed-article-${dossier.host}.png`) });
  expect(dossier.problems).toEqual([]);
});

test('refuses a call from the page that is not in the contract', async ({ dossier }) => {
  const result = await dossier.page.evaluate(async () => {
    const api = (window as unknown as { dossier: Record<string, unknown> }).dossier;
    return { keys: Object.keys(api).includes('invoke'), frozen: Object.isFrozen(api) };
  });
  expect(result).toEqual({ keys: false, frozen: true });
  const error = await dossier.page.evaluate(() =>
    (window as unknown as { dossier: { getDocument(id: unknown): Promise<unknown> } }).dossier.getDocument(42).then(
      () => 'resolved',
      (e: Error) => e.message,
    ),
  );
  expect(error).toMatch(/string/iu);
});
