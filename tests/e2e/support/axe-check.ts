import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ROOT } from './web-host';

/** Serious and critical axe violations (WCAG 2.x A/AA) on the page as it is now, summarised for the failure message (screenshot under test-results/a11y). */
export async function seriousViolations(page: Page, shot: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  // Guard against a vacuous pass: contrast must actually have been checked on this screen.
  expect(results.passes.map((r) => r.id)).toContain('color-contrast');
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // A picture of the screen only when there is something to look at.
  if (serious.length) await page.screenshot({ path: join(ROOT, 'test-results', 'a11y', `${shot}.png`) });
  return serious.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}
