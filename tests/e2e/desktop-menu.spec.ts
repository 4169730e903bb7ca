import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MainScreen } from './pages/main-screen';
import { ShortcutsSheet } from './pages/settings-dialog';
import { expect, test } from './support/fixtures';

/**
 * The native menu's items run the page's own actions (issue 11: a menu item to add documents).
 * The shell sends `menuCommand`; here the test sends it as the shell would.
 */
test('menu commands from the desktop: Help opens the keys sheet, Add documents… opens the file chooser', async ({ dossier }) => {
  const { page } = dossier;
  const screen = new MainScreen(page);
  await expect(screen.documentTitle).toBeVisible();

  await dossier.sendFromDesktop('menuCommand', 'show-help');
  const help = new ShortcutsSheet(page);
  await expect(help.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help.dialog).toBeHidden();

  // In Electron the command opens the native dialog (not drivable here); the web host falls back to its file input.
  test.skip(dossier.host === 'electron', 'electron host: the native open dialog is not driven by this spec');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-menu-'));
  try {
    const file = join(dir, 'harbour.html');
    writeFileSync(file, '<html><head><title>Harbour dues</title></head><body><article><h1>Harbour dues</h1><p>Harbour dues at Leith rise by a tenth from April, the port said.</p></article></body></html>');
    // A browser opens a file chooser only within a few seconds of a user gesture (Escape is none):
    // on a loaded machine the fixture's last click had expired and no chooser came. The analyst's
    // own click on the menu is that gesture in the web host; here a click on the title stands in.
    await screen.documentTitle.click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dossier.sendFromDesktop('menuCommand', 'add-documents')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(file);
    await expect(screen.library.getByRole('button', { name: /Harbour dues/ })).toBeVisible();
    expect(dossier.problems).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
