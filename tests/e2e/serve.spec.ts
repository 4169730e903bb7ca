import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { MainScreen } from './pages/main-screen';
import { ROOT } from './support/web-host';

const SEED_TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';

/** Starts `npm run serve` itself (without its build step: run-e2e already built out/) and waits for the address it prints. */
async function startServe(userDataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/serve.ts'), '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_USER_DATA: userDataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/u.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`npm run serve exited (${code}): ${out}`)));
  });
  return { child, url };
}

test.describe('npm run serve', () => {
  test.skip(({ host }) => host !== 'web', 'serve is the browser front end; the electron project covers the desktop app');

  test('opens the seed briefing in Chromium, and the address without its token is refused', async ({ browser }) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'dossier-serve-e2e-'));
    const { child, url } = await startServe(userDataDir);
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(url);
      const screen = new MainScreen(page);
      await expect(screen.documentTitle).toHaveText(SEED_TITLE);
      await expect(page.getByRole('status').filter({ hasText: /Indexing/u })).toHaveCount(0);
      expect(problems).toEqual([]);

      const origin = new URL(url).origin;
      const stranger = await context.browser()!.newContext();
      const refused = await (await stranger.newPage()).goto(`${origin}/`);
      expect(refused?.status()).toBe(403);
      await stranger.close();
    } finally {
      await context.close();
      child.kill('SIGTERM');
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
