import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { buildCorpus } from '../../src/core/corpus/build-corpus';
import { expect, test as base } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { MainScreen } from './pages/main-screen';
import { startWebHost, type WebHost } from './support/web-host';

// Written for this test: Arabic with a Latin-script name inside it, Hebrew, and English.
const TITLE = 'تقرير: محادثات جنيف تبدأ يوم الخميس';
const ARABIC = 'قال المتحدث باسم الوزارة إن وفد NATO Liaison Office وصل إلى جنيف صباح الخميس لبدء جولة جديدة من المحادثات حول الممرات الإنسانية، وأضاف أن الجولة قد تستمر أسبوعا كاملا.';
const HEBREW = 'הדובר אמר כי המשלחת תגיע לז׳נבה ביום שני הבא ותישאר שם עד סוף השבוע, אם השיחות יתקדמו כמתוכנן.';
const ENGLISH = 'An English paragraph in the same document stays left to right and left aligned.';
/** Starts in Arabic and ends in Latin script: a selection across the direction boundary. */
const ACROSS = 'إن وفد NATO Liaison';

let resourcesDir = '';
base.beforeAll(async () => {
  resourcesDir = mkdtempSync(join(tmpdir(), 'dossier-rtl-'));
  const sources = join(resourcesDir, 'corpus');
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(sources, 'geneva-talks.txt'), `${TITLE}\n\n${ARABIC}\n\n${HEBREW}\n\n${ENGLISH}\n`);
  writeFileSync(join(sources, 'geneva-talks.txt.meta.json'), JSON.stringify({ title: TITLE, source: 'Test wire', published: '2024-11-07' }));
  await buildCorpus({ inputs: [sources], outDir: join(resourcesDir, 'corpus-build'), cacheDir: null, workers: 0 });
});
base.afterAll(() => rmSync(resourcesDir, { recursive: true, force: true }));

const test = base.extend<{ app: WebHost }>({
  app: async ({ browser, host }, use, testInfo) => {
    testInfo.skip(host === 'electron', 'electron host skipped: this spec builds its own corpus for the web host');
    const userDataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const app = await startWebHost(context, userDataDir, resourcesDir);
    await use(app);
    await app.close();
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
});

/** Where the paragraph's lines sit in its box: gaps to the left and right edges, in px. */
function lineEdges(paragraph: Locator) {
  return paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const box = p.getBoundingClientRect();
    return {
      direction: getComputedStyle(p).direction,
      rightGap: box.right - Math.max(...rects.map((r) => r.right)),
      leftGap: Math.min(...rects.map((r) => r.left)) - box.left,
    };
  });
}

test('a right-to-left document: paragraphs right-aligned by their own direction; a highlight across an RTL/LTR boundary keeps its words after a restart', async ({ app }) => {
  const screen = new MainScreen(app.page);
  await expect(screen.documentTitle).toHaveText(TITLE);
  await expect(screen.documentTitle).toHaveJSProperty('dir', 'auto');
  expect(await screen.documentTitle.evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');

  const paragraph = (text: string) => screen.bodyParagraphs().filter({ hasText: text.slice(0, 20) });
  for (const text of [ARABIC, HEBREW]) {
    const edges = await lineEdges(paragraph(text));
    expect(edges.direction).toBe('rtl');
    expect(edges.rightGap).toBeLessThan(2);
  }
  const english = await lineEdges(paragraph(ENGLISH));
  expect(english.direction).toBe('ltr');
  expect(english.leftGap).toBeLessThan(2);
  expect(english.rightGap).toBeGreaterThan(20);
  // The library lists the title in its own direction too.
  expect(await app.page.getByRole('navigation', { name: 'Library' }).getByText(TITLE).evaluate((t) => getComputedStyle(t).direction)).toBe('rtl');

  const popovers = new AnnotationPopovers(app.page);
  await popovers.selectText(ACROSS);
  await expect(popovers.toolbar).toBeVisible();
  await popovers.colour('pink').click();
  await expect(popovers.toolbar).toBeHidden();
  const highlighted = async () => (await popovers.highlights('pink').allTextContents()).join('');
  await expect.poll(highlighted).toBe(ACROSS);

  await app.restart();
  await expect(screen.documentTitle).toHaveText(TITLE);
  await expect.poll(highlighted).toBe(ACROSS);
  // Still the same words in the same paragraph, not shifted by the direction change.
  const marks = popovers.highlights('pink');
  expect(await marks.evaluateAll((els) => new Set(els.map((el) => el.closest('[data-paragraph-id]')!.textContent)).size)).toBe(1);
  await expect(paragraph(ARABIC).locator('mark').first()).toHaveText(/^إن/u);
  await app.page.screenshot({ path: test.info().outputPath('rtl.png') });
});
