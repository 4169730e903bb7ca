import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { BriefingPanel, type BriefingTab } from './pages/briefing-panel';
import { MainScreen } from './pages/main-screen';
import { SettingsDialog, ShortcutsSheet } from './pages/settings-dialog';
import { ROOT } from './support/web-host';

const TABS: BriefingTab[] = ['Overview', 'People', 'Organisations', 'Places', 'Quotes', 'Timeline', 'Notes'];

/** Serious and critical axe violations (WCAG 2.x A/AA) on the page as it is now, summarised for the failure message. */
async function seriousViolations(page: Page, shot: string): Promise<string[]> {
  await page.screenshot({ path: join(ROOT, 'test-results', 'a11y', `${shot}.png`) });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  // Guard against a vacuous pass: contrast must actually have been checked on this screen.
  expect(results.passes.map((r) => r.id)).toContain('color-contrast');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violations on every screen, ${theme} theme`, async ({ dossier }) => {
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

    await page.keyboard.press('?');
    await expect(new ShortcutsSheet(page).dialog).toBeVisible();
    report['shortcuts sheet'] = await seriousViolations(page, `${theme}-shortcuts`);
    await page.keyboard.press('Escape');

    expect(Object.fromEntries(Object.entries(report).filter(([, v]) => v.length))).toEqual({});
  });
}
