import { seriousViolations } from './support/axe-check';
import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { BriefingPanel, type BriefingTab } from './pages/briefing-panel';
import { MainScreen } from './pages/main-screen';
import { NotesSidebar } from './pages/notes-sidebar';
import { SearchPanel } from './pages/search-panel';
import { SettingsDialog, ShortcutsSheet } from './pages/settings-dialog';

const TABS: BriefingTab[] = ['Overview', 'People', 'Organisations', 'Places', 'Quotes', 'Timeline', 'Notes'];

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violations on every screen, ${theme} theme`, async ({ dossier }) => {
    // About fifteen full axe scans: on a loaded 2-core machine they outlast the default 60 s.
    test.slow();
    const { page } = dossier;
    const screen = new MainScreen(page);
    const briefing = new BriefingPanel(page);
    const settings = new SettingsDialog(page);
    await expect(screen.documentTitle).toBeVisible();
    await settings.useTheme(theme === 'light' ? 'Light' : 'Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    const report: Record<string, string[]> = {};
    report['main screen'] = await seriousViolations(page, `${theme}-main`);
    for (const tab of TABS) {
      await briefing.open(tab);
      if (tab === 'People') {
        // With an entity's mentions highlighted, the highlight colours are checked too.
        const entity = briefing.panel.getByRole('button', { pressed: false }).first();
        if (await entity.count()) await entity.click();
      }
      report[`${tab} tab`] = await seriousViolations(page, `${theme}-${tab.toLowerCase()}`);
    }
    await settings.open();
    report['settings dialog'] = await seriousViolations(page, `${theme}-settings`);
    await settings.close();

    // A search: results with marked snippets, and the reader's hits with the current one walked to.
    const search = new SearchPanel(page);
    await search.search('korea');
    await expect(search.options.first()).toBeVisible();
    await search.next.click();
    await expect(search.counter).toHaveText(/^2 of \d+$/u);
    report['search results and hits'] = await seriousViolations(page, `${theme}-search`);
    // Esc clears the search and leaves the box, so "?" below opens the shortcuts.
    await search.box.press('Escape');
    await expect(search.options).toHaveCount(0);

    await page.keyboard.press('?');
    await expect(new ShortcutsSheet(page).dialog).toBeVisible();
    report['shortcuts sheet'] = await seriousViolations(page, `${theme}-shortcuts`);
    await page.keyboard.press('Escape');

    // Annotating: the selection toolbar, a highlight in the text, its editor and the export dialog.
    const popovers = new AnnotationPopovers(page);
    const notes = new NotesSidebar(page);
    await popovers.selectText('South Korea has hinted that any deployment');
    await expect(popovers.toolbar).toBeVisible();
    report['selection toolbar'] = await seriousViolations(page, `${theme}-toolbar`);
    await popovers.colour('green').click();
    await expect(popovers.highlights('green')).toHaveCount(1);
    await notes.open();
    await notes.edit('South Korea has hinted');
    await expect(popovers.editor).toBeVisible();
    report['annotation editor'] = await seriousViolations(page, `${theme}-editor`);
    await page.keyboard.press('Escape');
    await expect(popovers.editor).toBeHidden();
    await notes.exportButton.click();
    const exportDialog = notes.exportDialog();
    await expect(exportDialog.root).toBeVisible();
    report['export dialog'] = await seriousViolations(page, `${theme}-export`);
    await exportDialog.close();

    expect(Object.fromEntries(Object.entries(report).filter(([, v]) => v.length))).toEqual({});
  });
}
