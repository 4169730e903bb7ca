import { join } from 'node:path';
import { docScreenshot } from './support/doc-screenshot';
import { expect, test } from './support/fixtures';
import { BriefingPanel } from './pages/briefing-panel';
import { MainScreen } from './pages/main-screen';
import { ROOT } from './support/web-host';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';

test.describe('briefing on the seed article', () => {
  test('Overview: title, source, date, reading time, lead and the conflicting troop estimates with their claimants', async ({ dossier }) => {
    const screen = new MainScreen(dossier.page);
    const briefing = new BriefingPanel(dossier.page);
    await expect(screen.documentTitle).toHaveText(SEED_TITLE);
    const panel = await briefing.open('Overview');

    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE);
    await expect(panel.getByRole('definition').filter({ hasText: 'CNN' })).toBeVisible();
    await expect(panel.locator('time[datetime="2024-10-25"]')).toBeVisible();
    await expect(panel.getByRole('definition').filter({ hasText: /^\d+ min$/u })).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Lead' })).toContainText('North Korea has been readying itself');

    // The example: one thing counted, three claimants, side by side.
    const soldiers = briefing.figureGroup(/North Korean (soldiers|troops)/iu);
    await expect(soldiers.getByRole('button', { name: /3,000.*White House/u })).toBeVisible();
    await expect(soldiers.getByRole('button', { name: /10,000.*Zelensky/u })).toBeVisible();
    await expect(soldiers.getByRole('button', { name: /1,500.*(NIS|National Intelligence Service)/u })).toBeVisible();

    // Every item jumps to its paragraph and flashes it.
    await soldiers.getByRole('button', { name: /1,500/u }).click();
    const nisParagraph = screen.bodyParagraphs().filter({ hasText: 'shipped 1,500 soldiers' });
    await expect(nisParagraph).toHaveClass(/is-flashing/u);
    await expect(nisParagraph).toBeInViewport();
  });

  test('People: Putin, Zelensky and Peskov with counts; selecting Peskov highlights and walks both mentions', async ({ dossier }) => {
    const screen = new MainScreen(dossier.page);
    const briefing = new BriefingPanel(dossier.page);
    await expect(screen.documentTitle).toHaveText(SEED_TITLE);
    await briefing.open('People');

    await expect(briefing.entity(/Putin\s*2 mentions/u)).toBeVisible();
    await expect(briefing.entity(/Zelensky\s*2 mentions/u)).toBeVisible();
    const peskov = briefing.entity(/Peskov\s*2 mentions/u);
    await expect(peskov).toBeVisible();

    await peskov.click();
    await expect(peskov).toHaveAttribute('aria-pressed', 'true');
    const marks = screen.article.getByTitle(/Peskov, mention \d of 2/u);
    await expect(marks).toHaveCount(2);
    await expect(marks.nth(0)).toHaveText('Dmitry Peskov');
    await expect(marks.nth(1)).toHaveText('Peskov');

    const navigator = briefing.mentionNavigator();
    await expect(navigator).toContainText('1 of 2');
    await expect(marks.nth(0)).toHaveAttribute('aria-current', 'true');
    await navigator.getByRole('button', { name: 'Next mention' }).click();
    await expect(navigator).toContainText('2 of 2');
    await expect(marks.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(marks.nth(0)).not.toHaveAttribute('aria-current', 'true');
    await expect(marks.nth(1)).toBeInViewport();
    await dossier.page.screenshot({ path: join(ROOT, 'test-results', 'briefing-people-peskov.png') });
    // Wraps like search hits; the keyboard shortcut walks too.
    await dossier.page.keyboard.press(']');
    await expect(navigator).toContainText('1 of 2');

    await navigator.getByRole('button', { name: 'Clear highlights' }).click();
    await expect(marks).toHaveCount(0);
    await expect(peskov).toHaveAttribute('aria-pressed', 'false');
  });

  test('Quotes: grouped by speaker, "another hoax" attributed to Peskov', async ({ dossier }) => {
    const briefing = new BriefingPanel(dossier.page);
    await briefing.open('Quotes');
    const peskov = briefing.speaker(/Peskov/u);
    await expect(peskov.getByRole('button', { name: /another hoax/u })).toBeVisible();
    await expect(briefing.panel.getByRole('button', { name: /another hoax/u })).toHaveCount(1);
  });

  test('Timeline: 23 October and 27–28 October 2024 in order, resolved and as written', async ({ dossier }) => {
    const screen = new MainScreen(dossier.page);
    const briefing = new BriefingPanel(dossier.page);
    await briefing.open('Timeline');
    const entries = briefing.timelineEntries();
    await expect(entries.first()).toBeVisible();

    // Chronological overall.
    const dates = await entries.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());

    // Resolved (formatted, in the user's locale) and as written.
    const oct23 = entries.filter({ hasText: /as written: “[^”]*October 23”/u });
    await expect(oct23).toHaveCount(1);
    await expect(oct23.locator('time')).toHaveAttribute('datetime', '2024-10-23');
    await expect(oct23.locator('time')).toHaveText(/^(23 October 2024|October 23, 2024)$/u);
    // One expression naming two days: resolved as the range it names.
    const oct27 = entries.filter({ hasText: /as written: “[^”]*October 27 and 28”/u });
    await expect(oct27).toHaveCount(1);
    await expect(oct27.locator('time')).toHaveAttribute('datetime', '2024-10-27');
    await expect(oct27.locator('time')).toHaveText(/^(27\s*–\s*28 October 2024|October 27\s*–\s*28, 2024)$/u);

    const texts = await entries.allInnerTexts();
    const at23 = texts.findIndex((t) => /October 23”/u.test(t));
    const at27 = texts.findIndex((t) => /October 27 and 28”/u.test(t));
    expect(at23).toBeLessThan(at27);

    await oct27.getByRole('button').click();
    const paragraph = screen.bodyParagraphs().filter({ hasText: 'combat zones on October 27 and 28' });
    await expect(paragraph).toHaveClass(/is-flashing/u);
    await expect(paragraph).toBeInViewport();
  });

  test('tabs follow the WAI-ARIA pattern: arrows, Home and End move and select; one tab stop', async ({ dossier }) => {
    const briefing = new BriefingPanel(dossier.page);
    const { page } = dossier;
    await briefing.tab('Overview').focus();
    await page.keyboard.press('ArrowRight');
    await expect(briefing.tab('People')).toBeFocused();
    await expect(briefing.tab('People')).toHaveAttribute('aria-selected', 'true');
    await expect(briefing.panel).toHaveAttribute('aria-labelledby', await briefing.tab('People').getAttribute('id') ?? 'missing');
    await page.keyboard.press('End');
    await expect(briefing.tab('Notes')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(briefing.tab('Overview')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(briefing.tab('Notes')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(briefing.tab('Overview')).toHaveAttribute('aria-selected', 'true');
    await expect(briefing.tablist.locator('[tabindex="0"]')).toHaveCount(1);
    // Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    await expect(briefing.panel).toBeFocused();
  });

  test('remembers the reading position per document across a restart', async ({ dossier }) => {
    const screen = new MainScreen(dossier.page);
    await expect(screen.documentTitle).toHaveText(SEED_TITLE);
    const target = screen.bodyParagraphs().filter({ hasText: 'The stakes are high.' });
    await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(target).toBeInViewport();
    await expect.poll(() => dossier.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dossier:reading-position:')).length)).toBe(1);

    await dossier.restart();
    const again = new MainScreen(dossier.page);
    await expect(again.documentTitle).toHaveText(SEED_TITLE);
    await expect(again.bodyParagraphs().filter({ hasText: 'The stakes are high.' })).toBeInViewport();
    await expect(again.documentTitle).not.toBeInViewport();
  });

  test('screenshots of the briefing for the README (light and dark)', async ({ dossier }) => {
    const screen = new MainScreen(dossier.page);
    const briefing = new BriefingPanel(dossier.page);
    await expect(screen.documentTitle).toHaveText(SEED_TITLE);
    await briefing.open('Overview');
    for (const theme of ['light', 'dark'] as const) {
      await dossier.page.evaluate((t) => {
        localStorage.setItem('dossier:settings', JSON.stringify({ theme: t, textSize: 18, lineHeight: 1.6 }));
      }, theme);
      await dossier.restart();
      await expect(new MainScreen(dossier.page).documentTitle).toHaveText(SEED_TITLE);
      await expect(dossier.page.locator('html')).toHaveAttribute('data-theme', theme);
      await new BriefingPanel(dossier.page).open('Overview');
      // Shoot the settled screen, not a transient "Indexing…" in the status bar.
      await expect(new MainScreen(dossier.page).status.getByRole('status')).toHaveCount(0);
      await docScreenshot(dossier.page, `briefing-${theme}`);
    }
    expect(dossier.problems).toEqual([]);
  });
});
