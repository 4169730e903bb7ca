import { expect, test } from './support/fixtures';
import { MainScreen } from './pages/main-screen';
import { SettingsDialog, ShortcutsSheet } from './pages/settings-dialog';

test('settings: theme, text size and line spacing apply at once and are remembered', async ({ dossier }) => {
  const { page } = dossier;
  const screen = new MainScreen(page);
  const settings = new SettingsDialog(page);
  await expect(screen.documentTitle).toBeVisible();
  const html = page.locator('html');
  const firstParagraph = screen.bodyParagraphs().first();

  await settings.open();
  await expect(settings.button).toHaveAttribute('aria-expanded', 'true');
  await settings.theme('Dark').check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await settings.textSize.focus();
  const before = await firstParagraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => firstParagraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(before + 2);
  await settings.lineSpacing.fill('2');
  await expect.poll(() => firstParagraph.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(2, 1);

  // Added files: copy or reference (the desktop dialog's files), remembered like the rest.
  const keepCopies = settings.dialog.getByRole('checkbox', { name: 'Keep a copy of each document I add' });
  await expect(keepCopies).toBeChecked();
  await keepCopies.uncheck();

  // Esc closes and focus goes back to the button that opened the dialog.
  await page.keyboard.press('Escape');
  await expect(settings.dialog).toBeHidden();
  await expect(settings.button).toBeFocused();

  await dossier.restart();
  await expect(new MainScreen(page).documentTitle).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
  await expect.poll(() => new MainScreen(page).bodyParagraphs().first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(before + 2);

  // System follows the operating system's preference, live.
  await settings.open();
  await expect(keepCopies).not.toBeChecked();
  await settings.theme('System').check();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settings.dialog.getByRole('button', { name: 'Reset to defaults' }).click();
  await settings.close();
  expect(dossier.problems).toEqual([]);
});

test('shortcuts sheet: ? opens it listing shortcuts by section; focus is trapped, Esc closes and restores focus', async ({ dossier }) => {
  const { page } = dossier;
  const screen = new MainScreen(page);
  const sheet = new ShortcutsSheet(page);
  await expect(screen.documentTitle).toBeVisible();
  const opener = page.getByRole('tab', { name: 'Overview' });
  await opener.focus();

  await page.keyboard.press('?');
  await expect(sheet.dialog).toBeVisible();
  const general = sheet.group('General');
  await expect(general.getByRole('term').filter({ hasText: 'Show this help: keys and search syntax' })).toBeVisible();
  await expect(general.getByRole('term').filter({ hasText: 'Open settings' })).toBeVisible();
  await expect(sheet.group('Library').getByRole('term').filter({ hasText: 'Filter the library' })).toBeVisible();

  // Tab cycles inside the dialog, never into the page behind it.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(sheet.dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // The header button opens it too (for mouse users who do not know `?`).
  await page.getByRole('banner').getByRole('button', { name: 'Help' }).click();
  await expect(sheet.dialog).toBeVisible();
  await sheet.dialog.getByRole('button', { name: 'Close help' }).click();
  await expect(sheet.dialog).toBeHidden();
});
