import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { SearchPanel } from './pages/search-panel';
import { SettingsDialog } from './pages/settings-dialog';
import { ROOT } from './support/web-host';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const shot = (name: string) => join(ROOT, 'test-results', `search-export-${name}.png`);

test('exports the search result list as CSV and Markdown, each result linking back to its passage', async ({ dossier }) => {
  // Four layouts and two theme changes for the screenshots: slow on a loaded machine.
  test.slow();
  const { page } = dossier;
  const search = new SearchPanel(page);
  await expect(search.article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await search.search('kursk');
  await search.box.press('Enter');
  await expect(search.option(SEED_TITLE.slice(0, 30))).toHaveCount(1);
  const shown = await search.options.count();

  await search.results.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export search results' });
  await expect(dialog).toContainText(`kursk: ${shown} result`);
  await expect(dialog.getByRole('button', { name: 'CSV' })).toBeFocused();

  const csv = await dossier.exportedFile(() => dialog.getByRole('button', { name: 'CSV' }).click());
  expect(csv.name).toMatch(/^dossier-search-kursk-\d{4}-\d{2}-\d{2}\.csv$/u);
  const lines = csv.text.replace(/^\uFEFF/u, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('rank,title,source,published,score,hits,copies,snippet,link,document id');
  expect(lines).toHaveLength(shown + 1);
  const seedRow = lines.find((l) => l.includes(SEED_TITLE))!;
  expect(seedRow).toMatch(/dossier:\/\/open\?document=[^,]+&paragraph=/u);
  expect(seedRow).toMatch(/Kursk/u);
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`Exported ${shown} results? as dossier-search-kursk-.*\\.csv`, 'u'));

  const md = await dossier.exportedFile(() => dialog.getByRole('button', { name: 'Markdown' }).click());
  expect(md.name).toMatch(/\.md$/u);
  expect(md.text).toMatch(/^# Search results: kursk\n/u);
  expect(md.text).toContain(SEED_TITLE);
  expect(md.text).toContain('**Kursk**');
  expect(md.text.match(/^## \d+\. \[/gmu)).toHaveLength(shown);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(search.results.getByRole('button', { name: 'Export…' })).toBeFocused();

  // Nothing to export: the button says so by being disabled.
  await search.search('zzzqqqnothing');
  await search.box.press('Enter');
  await expect(search.results.getByRole('status')).toHaveText('No documents match.');
  await expect(search.results.getByRole('button', { name: 'Export…' })).toBeDisabled();

  const settings = new SettingsDialog(page);
  for (const theme of ['Light', 'Dark'] as const) {
    await settings.useTheme(theme);
    for (const [size, viewport] of [['small', { width: 800, height: 600 }], ['large', { width: 1360, height: 900 }]] as const) {
      await page.setViewportSize(viewport);
      await search.search('korea troops ');
      await search.results.getByRole('button', { name: 'Export…' }).click();
      await expect(dialog).toBeVisible();
      await page.screenshot({ path: shot(`dialog-${size}-${theme.toLowerCase()}`) });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await page.screenshot({ path: shot(`results-${size}-${theme.toLowerCase()}`) });
    }
  }
  expect(dossier.problems).toEqual([]);
});
