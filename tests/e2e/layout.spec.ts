import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './support/axe-check';
import { docScreenshot } from './support/doc-screenshot';
import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { BriefingPanel } from './pages/briefing-panel';
import { Layout } from './pages/layout';
import { MainScreen } from './pages/main-screen';
import { NotesSidebar } from './pages/notes-sidebar';
import { SettingsDialog } from './pages/settings-dialog';

const SIZES = [
  { width: 720, height: 480, small: true },
  { width: 800, height: 600, small: true },
  { width: 1360, height: 900, small: false },
] as const;

const LONG_NOTE = Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of a long analyst note about the deployment and what it means.`).join('\n\n');
const LONG_TAG = 'a-very-long-tag-name-without-any-spaces-that-would-overflow-the-sidebar-if-not-cut';

async function ready(page: Page): Promise<void> {
  await expect(new MainScreen(page).documentTitle).toBeVisible();
}

/** Every drawn panel: header, docked or overlaid panes, reader. */
function panels(page: Page): Record<string, Locator> {
  return {
    header: page.getByRole('banner'),
    library: page.getByRole('navigation', { name: 'Library' }),
    briefing: page.getByRole('complementary', { name: 'Briefing' }),
    reader: page.getByRole('main', { name: 'Document' }),
  };
}

async function overflowReport(page: Page, layout: Layout): Promise<Record<string, string[]>> {
  const report: Record<string, string[]> = {};
  for (const [name, panel] of Object.entries(panels(page))) {
    if (!(await panel.isVisible())) continue;
    const bad = await layout.overflowing(panel);
    if (bad.length) report[name] = bad;
  }
  return report;
}

for (const size of SIZES) {
  test(`layout at ${size.width}x${size.height}: readable measure, panes give way, nothing overflows, axe clean in both themes`, async ({ dossier }) => {
    // Four full axe scans plus a note written through the editor: more than 60 s on a loaded machine.
    test.slow();
    const { page } = dossier;
    await page.setViewportSize({ width: size.width, height: size.height });
    await ready(page);
    const layout = new Layout(page);
    const settings = new SettingsDialog(page);

    // A long note and a long tag, so the notes list is tried with the content that breaks layouts.
    const popovers = new AnnotationPopovers(page);
    await popovers.selectText('South Korea has hinted that any deployment');
    await popovers.toolbar.getByRole('button', { name: 'Note' }).click();
    await popovers.fill(popovers.newEditor, LONG_NOTE, [LONG_TAG]);
    await popovers.newEditor.getByRole('button', { name: 'Save' }).click();
    await expect(popovers.newEditor).toBeHidden();

    if (size.width !== 720) {
      await new MainScreen(page).documentTitle.scrollIntoViewIfNeeded();
      await docScreenshot(page, size.small ? 'window-small' : 'window-large');
    }

    const measure = await layout.charactersPerLine();
    expect(measure.lines).toBeGreaterThan(5);
    expect(measure.average).toBeGreaterThanOrEqual(45);

    if (size.small) {
      // At least one pane gave way to the text; it is one click (and back) away, over the reader.
      const toggles = [layout.libraryToggle, layout.briefingToggle];
      const hidden: Locator[] = [];
      for (const t of toggles) if ((await t.getAttribute('aria-expanded')) === 'false') hidden.push(t);
      expect(hidden.length).toBeGreaterThan(0);
      await hidden[0]!.click();
      await expect(hidden[0]!).toHaveAttribute('aria-expanded', 'true');
      // Drawn over the reader: the text keeps its measure underneath.
      expect((await layout.charactersPerLine()).average).toBeGreaterThanOrEqual(45);
      await page.keyboard.press('Escape');
      await expect(hidden[0]!).toHaveAttribute('aria-expanded', 'false');
      await expect(hidden[0]!).toBeFocused();
    } else {
      await expect(layout.libraryToggle).toHaveAttribute('aria-expanded', 'true');
      await expect(layout.briefingToggle).toHaveAttribute('aria-expanded', 'true');
      // Every briefing tab in one row, none scrolled out of sight.
      const briefing = new BriefingPanel(page);
      const tabTops = await briefing.tablist.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
      expect(new Set(tabTops).size).toBe(1);
      expect(await briefing.tablist.evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);
    }

    const notes = new NotesSidebar(page);
    const report: Record<string, unknown> = {};
    for (const theme of ['light', 'dark'] as const) {
      await settings.useTheme(theme === 'light' ? 'Light' : 'Dark');
      for (const view of ['overview', 'notes'] as const) {
        if (view === 'notes') {
          // Small windows: the briefing opens over the reader.
          if ((await layout.briefingToggle.getAttribute('aria-expanded')) === 'false') await layout.briefingToggle.click();
          await notes.open();
          const item = notes.item('South Korea has hinted');
          await expect(item.getByRole('button', { name: 'Show more' })).toBeVisible();
          await expect(item.getByRole('listitem').filter({ hasText: LONG_TAG })).toHaveAttribute('title', LONG_TAG);
        }
        const key = `${theme} ${view}`;
        await page.screenshot({ path: test.info().outputPath(`${size.width}x${size.height}-${theme}-${view}.png`) });
        const overflow = await overflowReport(page, layout);
        if (Object.keys(overflow).length) report[`${key} overflow`] = overflow;
        const violations = await seriousViolations(page, `layout-${size.width}-${theme}-${view}`);
        if (violations.length) report[`${key} axe`] = violations;
      }
      if (size.small && (await layout.briefingToggle.getAttribute('aria-expanded')) === 'true') await layout.briefingToggle.click();
    }
    expect(report).toEqual({});

    // "Show more" opens the whole note in place, "Show less" folds it again.
    const item = notes.item('South Korea has hinted');
    if (!(await item.isVisible())) await layout.briefingToggle.click();
    await item.getByRole('button', { name: 'Show more' }).click();
    await expect(item.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    const bodyHeight = () => item.locator('.note-body').evaluate((el) => el.getBoundingClientRect().height);
    const open = await bodyHeight();
    await item.getByRole('button', { name: 'Show less' }).click();
    expect(await bodyHeight()).toBeLessThan(open / 2);
    expect(dossier.problems).toEqual([]);
  });
}

test('panes: resized by keyboard and remembered after a restart; collapsed by button and shortcut; focus mode shows only the text', async ({ dossier }) => {
  const { page } = dossier;
  await ready(page);
  const layout = new Layout(page);
  const library = layout.separator('library');
  await expect(library).toHaveAttribute('aria-valuenow', '250');
  await library.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(library).toHaveAttribute('aria-valuenow', '282');
  const libraryBox = await page.getByRole('navigation', { name: 'Library' }).boundingBox();
  expect(Math.round(libraryBox!.width)).toBe(282);
  const briefing = layout.separator('briefing');
  await briefing.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(briefing).toHaveAttribute('aria-valuenow', '446');

  // Dragging the edge works too.
  const grip = (await library.boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2 + 40, grip.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect(library).toHaveAttribute('aria-valuenow', '322');

  await layout.briefingToggle.click();
  await expect(page.getByRole('complementary', { name: 'Briefing' })).toBeHidden();
  await expect(layout.briefingToggle).toHaveAttribute('aria-expanded', 'false');

  await dossier.restart();
  await ready(dossier.page);
  await expect(layout.separator('library')).toHaveAttribute('aria-valuenow', '322');
  await expect(page.getByRole('complementary', { name: 'Briefing' })).toBeHidden();
  await page.keyboard.press('Control+j');
  await expect(page.getByRole('complementary', { name: 'Briefing' })).toBeVisible();
  await expect(layout.separator('briefing')).toHaveAttribute('aria-valuenow', '446');
  await layout.reader.click();
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();

  await layout.focusButton.click();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Briefing' })).toBeHidden();
  await expect(new MainScreen(page).documentTitle).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await page.keyboard.press('Control+.');
  await expect(page.getByRole('banner')).toBeHidden();
  await page.getByRole('button', { name: /Leave focus mode/u }).click();
  await expect(page.getByRole('complementary', { name: 'Briefing' })).toBeVisible();
  expect(dossier.problems).toEqual([]);
});
