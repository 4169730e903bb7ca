import { rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { docScreenshot } from './support/doc-screenshot';
import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { MainScreen } from './pages/main-screen';
import { SettingsDialog } from './pages/settings-dialog';

/**
 * The notes database's start-up banners (issue 16) on every screen size and theme: each sits
 * below the app header, never over it, so the header's buttons stay usable while it shows,
 * and its whole text and its button are on screen.
 */
const SIZES = [
  { width: 800, height: 600 },
  { width: 1360, height: 900 },
] as const;

const QUOTES = [
  'The United States, Ukraine and South Korea say that North Korean troops were dispatched to Russia',
  'Pyongyang had sent soldiers to the country.',
  'South Korea has hinted',
];

async function ready(page: Page): Promise<void> {
  await expect(new MainScreen(page).documentTitle).toBeVisible();
}

/** What a user would notice: the banner overlapping the header or running off the window. */
async function placementProblems(page: Page, banner: Locator): Promise<string[]> {
  const header = page.getByRole('banner');
  const search = header.getByRole('search', { name: 'Documents' });
  return page.evaluate(
    ([b, h, s]) => {
      const problems: string[] = [];
      const box = b!.getBoundingClientRect();
      const head = h!.getBoundingClientRect();
      if (box.top < head.bottom - 0.5) problems.push(`banner top ${box.top} is over the header (bottom ${head.bottom})`);
      if (box.left < -0.5 || box.right > window.innerWidth + 0.5) problems.push(`banner runs off the window (${box.left}–${box.right})`);
      if (box.bottom > window.innerHeight) problems.push(`banner bottom ${box.bottom} is below the window`);
      // Every header control is still what a click there reaches.
      for (const control of [s!, ...h!.querySelectorAll('button')]) {
        const r = control.getBoundingClientRect();
        if (!r.width) continue;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !(control === hit || control.contains(hit))) problems.push(`header control "${control.getAttribute('aria-label') ?? control.textContent}" is covered`);
      }
      const button = b!.querySelector('button');
      if (button) {
        const r = button.getBoundingClientRect();
        if (r.bottom > window.innerHeight || r.right > window.innerWidth) problems.push('the banner\'s button is off screen');
      }
      return problems;
    },
    [await banner.elementHandle(), await header.elementHandle(), await search.elementHandle()] as const,
  );
}

/** Screenshots at both sizes in both themes, each checked for placement. */
async function checkEverywhere(page: Page, banner: Locator, name: string): Promise<void> {
  const settings = new SettingsDialog(page);
  const report: Record<string, string[]> = {};
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await settings.useTheme(theme === 'light' ? 'Light' : 'Dark');
      await expect(banner).toBeVisible();
      const problems = await placementProblems(page, banner);
      if (problems.length) report[`${size.width}x${size.height} ${theme}`] = problems;
      await page.screenshot({ path: test.info().outputPath(`${name}-${size.width}x${size.height}-${theme}.png`) });
    }
  }
  await docScreenshot(page, `banner-${name}`);
  expect(report).toEqual({});
}

test('the backup offer and what restoring it did: below the header, whole, at both sizes and in both themes', async ({ dossier }) => {
  test.slow(); // eight screenshots and theme switches, a restart and a restore
  const { page } = dossier;
  await ready(page);
  const popovers = new AnnotationPopovers(page);
  for (const quote of QUOTES) {
    await popovers.selectText(quote);
    await expect(popovers.toolbar).toBeVisible();
    await page.keyboard.press('3');
    await expect(popovers.toolbar).toBeHidden();
  }
  const database = join(dossier.userDataDir, 'annotations.sqlite');
  await dossier.restart(() => {
    const db = new DatabaseSync(database);
    db.exec("DELETE FROM annotations WHERE quote_exact <> 'South Korea has hinted'");
    db.close();
  });
  await ready(page);
  const offer = page.getByRole('alert').filter({ hasText: 'Restore this backup' });
  await checkEverywhere(page, offer, 'backup-offer');

  await offer.getByRole('button', { name: 'Restore this backup' }).click();
  const restored = page.getByRole('status').filter({ hasText: 'put back from the backup' });
  await checkEverywhere(page, restored, 'backup-restored');
  expect(dossier.problems).toEqual([]);
});

test('a damaged database moved aside: the banner is below the header, whole, at both sizes and in both themes', async ({ dossier }) => {
  test.slow();
  const { page } = dossier;
  await ready(page);
  const database = join(dossier.userDataDir, 'annotations.sqlite');
  await dossier.restart();
  for (const suffix of ['-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
  writeFileSync(database, 'this is not a SQLite database'.repeat(100));
  await dossier.restart();
  await ready(page);
  const banner = page.getByRole('alert').filter({ hasText: 'was moved to' });
  await checkEverywhere(page, banner, 'database-recovered');
  expect(dossier.problems).toEqual([]);
});
