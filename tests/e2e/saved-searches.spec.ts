import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { SearchPanel } from './pages/search-panel';
import { SettingsDialog } from './pages/settings-dialog';
import { ROOT } from './support/web-host';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const shot = (name: string) => join(ROOT, 'test-results', `saved-searches-${name}.png`);

test('a saved search survives a restart and re-runs with one click; recent searches too; delete, undo, clear', async ({ dossier }) => {
  const { page } = dossier;
  const search = new SearchPanel(page);
  const dialog = page.getByRole('dialog', { name: 'Searches' });
  await expect(search.article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);

  // Save "+kursk -zelensky" (newest first) under a name of our own.
  await search.search('kursk');
  await search.box.press('Enter');
  await search.results.getByRole('combobox', { name: 'Sort' }).selectOption('date');
  await expect(search.option(SEED_TITLE.slice(0, 30))).toHaveCount(1);
  const total = await search.results.getByRole('status').innerText();
  await search.results.getByRole('button', { name: 'Save search…' }).click();
  const name = dialog.getByRole('textbox', { name: 'Save the current search as' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('kursk');
  await name.fill('Kursk, newest first');
  await name.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Saved “Kursk, newest first”.');
  await expect(dialog.getByRole('list', { name: 'Saved searches' }).getByRole('button', { name: 'Run saved search Kursk, newest first' })).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Recent searches' }).getByRole('button', { name: 'Run recent search kursk' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Another query used (Enter), for the history.
  await search.search('korea troops');
  await search.box.press('Enter');
  await expect(search.options.first()).toBeVisible();

  await dossier.restart();
  const again = new SearchPanel(page);
  await expect(again.article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(again.box).toHaveValue('');
  await page.getByRole('button', { name: 'Searches' }).click();
  await expect(dialog.getByRole('list', { name: 'Recent searches' }).getByRole('button', { name: /^Run recent search / })).toHaveText([/korea troops/u, /kursk/u]);
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.screenshot({ path: shot('dialog-large-light') });

  // One click runs it: the query, its sort and the same results are back.
  await dialog.getByRole('button', { name: 'Run saved search Kursk, newest first' }).click();
  await expect(dialog).toBeHidden();
  await expect(again.box).toHaveValue('kursk');
  await expect(again.results.getByRole('combobox', { name: 'Sort' })).toHaveValue('date');
  await expect(again.results.getByRole('status')).toHaveText(total);
  await expect(again.option(SEED_TITLE.slice(0, 30))).toHaveCount(1);

  // A recent search runs the same way.
  await page.getByRole('button', { name: 'Searches' }).click();
  await dialog.getByRole('button', { name: 'Run recent search korea troops' }).click();
  await expect(again.box).toHaveValue('korea troops');
  await expect(again.resultList).toHaveAttribute('data-query', 'korea troops');
  await expect(again.resultList).toHaveAttribute('data-typing', 'false');

  // Delete, undo; remove one recent entry; clear the rest.
  await page.getByRole('button', { name: 'Searches' }).click();
  await dialog.getByRole('button', { name: 'Delete saved search Kursk, newest first' }).click();
  await expect(dialog.getByText('No saved searches yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('button', { name: 'Run saved search Kursk, newest first' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove kursk from recent searches' }).click();
  await expect(dialog.getByRole('list', { name: 'Recent searches' }).getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Clear history' }).click();
  await expect(dialog.getByText(/No recent searches/u)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close searches' }).click();

  await dossier.restart();
  await page.getByRole('button', { name: 'Searches' }).click();
  await expect(dialog.getByRole('button', { name: 'Run saved search Kursk, newest first' })).toBeVisible();
  await expect(dialog.getByText(/No recent searches/u)).toBeVisible();
  expect(dossier.problems).toEqual([]);
});

test('screens: the searches dialog and the save button, small and large, both themes', async ({ dossier }) => {
  // Four layouts, two theme changes: slow on a loaded machine, like the layout specs.
  test.slow();
  const { page } = dossier;
  const search = new SearchPanel(page);
  const dialog = page.getByRole('dialog', { name: 'Searches' });
  const settings = new SettingsDialog(page);
  await expect(search.article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  for (const q of ['ukraine', 'US', 'title:korea']) {
    await search.search(q);
    await search.box.press('Enter');
    await expect(search.resultList).toHaveAttribute('data-query', q);
  }
  await search.search('"north korean troops" +kursk');
  await search.results.getByRole('button', { name: 'Save search…' }).click();
  await dialog.getByRole('textbox', { name: 'Save the current search as' }).fill('North Korean troops at Kursk');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await page.keyboard.press('Escape');
  for (const theme of ['Light', 'Dark'] as const) {
    await settings.useTheme(theme);
    for (const [size, viewport] of [['small', { width: 800, height: 600 }], ['large', { width: 1360, height: 900 }]] as const) {
      await page.setViewportSize(viewport);
      // Searched again at this size, so the results pane is shown (a narrow window overlays it).
      await search.search('"north korean troops" +kursk ');
      await expect(search.results.getByRole('button', { name: 'Save search…' })).toBeVisible();
      await page.screenshot({ path: shot(`results-${size}-${theme.toLowerCase()}`) });
      await search.results.getByRole('button', { name: 'Save search…' }).click();
      await expect(dialog.getByRole('button', { name: 'Run saved search North Korean troops at Kursk' })).toBeVisible();
      await page.screenshot({ path: shot(`dialog-${size}-${theme.toLowerCase()}`) });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  }
  expect(dossier.problems).toEqual([]);
});
