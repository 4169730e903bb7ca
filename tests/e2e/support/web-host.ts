import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext, Page } from '@playwright/test';
import { dispatch } from '../../../src/core/ipc/dispatch';
import { createCoreServices, createHandlers, type CoreServices } from '../../../src/core/services';
import type { HandlerTable } from '../../../src/shared/api';
import { serveRenderer } from './static-server';
import { createWebPlatform } from './web-platform';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

let bridgeScript: string | undefined;

/** The preload bridge factory bundled for the page, built once per worker. */
function bridgeSource(): string {
  bridgeScript ??= buildSync({
    entryPoints: [join(import.meta.dirname, 'web-bridge-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return bridgeScript;
}

export interface WebHost {
  page: Page;
  url: string;
  /** Quit and start again on the same user-data folder, like closing and reopening the app. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const forbidden = { ok: false, error: { code: 'forbidden', message: 'This call is only accepted from the Dossier window.' } } as const;

/**
 * The renderer as Electron would run it, in Chromium: the built files over loopback,
 * `window.dossier` from the same bridge factory, calls dispatched into the same handler
 * table main binds — only the transport differs (a Playwright binding instead of IPC).
 */
export async function startWebHost(context: BrowserContext, userDataDir: string, resourcesDir = join(ROOT, 'resources')): Promise<WebHost> {
  const server = await serveRenderer(join(ROOT, process.env.DOSSIER_OUT ?? 'out', 'renderer'));
  const boot = () => createCoreServices({ resourcesDir, userDataDir, platform: createWebPlatform() });
  let services: CoreServices = await boot();
  let table: HandlerTable = createHandlers(services);

  await context.exposeBinding('__dossierInvoke', (source, channel: string, args: unknown) => {
    // Same rule as main's sender check: only our own top frame may call.
    if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(server.url)) return forbidden;
    return dispatch(table, channel, args);
  });
  await context.addInitScript({ content: bridgeSource() });
  const page = await context.newPage();
  await page.goto(`${server.url}/index.html`);

  return {
    page,
    url: server.url,
    async restart() {
      services.close();
      services = await boot();
      table = createHandlers(services);
      await page.reload();
    },
    async close() {
      services.close();
      await server.close();
    },
  };
}
