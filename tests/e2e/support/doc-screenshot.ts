import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './web-host';

/**
 * Screenshots for the README and docs: always written under test-results/, and into the
 * tracked docs/screenshots/ only when DOSSIER_UPDATE_SCREENSHOTS=1, so a test run never
 * dirties the work tree.
 */
export async function docScreenshot(page: Page, name: string): Promise<void> {
  const dirs = [join(ROOT, 'test-results', 'screenshots')];
  if (process.env.DOSSIER_UPDATE_SCREENSHOTS === '1') dirs.push(join(ROOT, 'docs', 'screenshots'));
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`) });
  }
}
