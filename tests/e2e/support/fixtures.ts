import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, _electron, expect, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary } from './electron-binary';
import { ROOT, startWebHost } from './web-host';
import type { DossierEvents, EventName } from '../../../src/shared/api/events';

export type HostName = 'web' | 'electron';

export interface DossierApp {
  host: HostName;
  page: Page;
  userDataDir: string;
  /** Console errors, uncaught page errors and CSP violations seen so far. */
  problems: string[];
  /** Closes the app (its stores closed cleanly), runs `whileStopped` (e.g. damage a file), starts it again. */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  /**
   * Runs `trigger` (a click that exports) and returns the file it produced, on either host: the
   * web host's browser download, or in Electron the save dialog stubbed inside main to answer
   * a path in the test's folder (Joplin's setFilePickerResponse pattern).
   */
  exportedFile(trigger: () => Promise<unknown>): Promise<{ name: string; path: string; text: string }>;
  /** An event from the desktop shell (the native menu, a dossier:// link the OS handed over). */
  sendFromDesktop<E extends EventName>(name: E, payload: DossierEvents[E]): Promise<void>;
}

function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

async function launchElectron(userDataDir: string): Promise<ElectronApplication> {
  const binary = electronBinary(ROOT);
  if ('missing' in binary) throw new Error(binary.missing);
  return _electron.launch({
    executablePath: binary.path,
    args: [join(ROOT, process.env.DOSSIER_OUT ?? 'out', 'main', 'index.js')],
    env: { ...process.env, DOSSIER_USER_DATA: userDataDir } as Record<string, string>,
  });
}

export const test = base.extend<{ host: HostName; dossier: DossierApp }>({
  host: ['web', { option: true }],

  dossier: async ({ host, browser }, use, testInfo) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    const problems: string[] = [];
    try {
      if (host === 'electron') {
        const binary = electronBinary(ROOT);
        if ('missing' in binary) {
          testInfo.skip(true, `electron host skipped: ${binary.missing}`);
          return;
        }
        let electron = await launchElectron(userDataDir);
        let exports = 0;
        const app: DossierApp = {
          host,
          userDataDir,
          problems,
          page: await electron.firstWindow(),
          async exportedFile(trigger) {
            const folder = testInfo.outputPath(`export-${++exports}`);
            await electron.evaluate(({ dialog }, dir) => {
              const answer = async (...args: unknown[]) => {
                const options = args.find((a) => typeof a === 'object' && a !== null && 'defaultPath' in a) as { defaultPath?: string } | undefined;
                const name = (options?.defaultPath ?? 'export').split(/[\\/]/u).pop()!;
                return { canceled: false, filePath: `${dir}/${name}` };
              };
              (dialog as unknown as { showSaveDialog: unknown }).showSaveDialog = answer;
            }, folder);
            mkdirSync(folder, { recursive: true });
            await trigger();
            await expect.poll(() => readdirSync(folder).length).toBeGreaterThan(0);
            const name = readdirSync(folder)[0]!;
            const path = join(folder, name);
            return { name, path, text: existsSync(path) ? readFileSync(path, 'utf8') : '' };
          },
          async sendFromDesktop(name, payload) {
            await electron.evaluate(({ BrowserWindow }, [event, data]) => {
              BrowserWindow.getAllWindows()[0]?.webContents.send('dossier:event', event, data);
            }, [name, payload] as const);
          },
          async restart(whileStopped) {
            await electron.close();
            await whileStopped?.();
            electron = await launchElectron(userDataDir);
            app.page = await electron.firstWindow();
            watchProblems(app.page, problems);
          },
        };
        watchProblems(app.page, problems);
        await use(app);
        await electron.close();
      } else {
        const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1360, height: 900 } });
        context.on('page', (page) => watchProblems(page, problems));
        const web = await startWebHost(context, userDataDir);
        const app: DossierApp = {
          host,
          userDataDir,
          problems,
          page: web.page,
          restart: (whileStopped) => web.restart(whileStopped),
          sendFromDesktop: async (name, payload) => web.publish(name, payload),
          async exportedFile(trigger) {
            const [download] = await Promise.all([web.page.waitForEvent('download'), trigger()]);
            const path = (await download.path())!;
            return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
          },
        };
        await use(app);
        await web.close();
        await context.close();
      }
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
