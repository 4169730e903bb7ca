import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startDossierServer } from '../../../src/core/serve/dossier-server';
import { createCoreServices, createHandlers, type CoreServices } from '../../../src/core/services';
import type { HandlerTable } from '../../../src/shared/api';
import { webBridgeScript } from '../../../scripts/web-bridge';
import { createWebPlatform } from './web-platform';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface WebHost {
  page: Page;
  /** The address with this launch's token, as `npm run serve` prints it. */
  url: string;
  /** Quit and start again on the same user-data folder, like closing and reopening the app. */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/**
 * The app as `npm run serve` ships it, in Chromium: the built renderer and the handler table
 * over loopback HTTP (token, Host and Origin checked), `window.dossier` from the same bridge
 * factory as the preload. Only the transport differs from Electron (fetch instead of IPC).
 */
export async function startWebHost(context: BrowserContext, userDataDir: string, resourcesDir = join(ROOT, 'resources')): Promise<WebHost> {
  const boot = () => createCoreServices({ resourcesDir, userDataDir, platform: createWebPlatform() });
  let services: CoreServices = await boot();
  let table: HandlerTable = createHandlers(services);
  const server = await startDossierServer({
    rendererRoot: join(ROOT, process.env.DOSSIER_OUT ?? 'out', 'renderer'),
    bridgeScript: webBridgeScript(),
    handlers: () => table,
    log: { path: services.log.path, warn: (m) => services.log.warn(m), error: (m, e) => services.log.error(m, e) },
  });
  const forward = (cs: CoreServices) => cs.events.subscribe((name, payload) => server.publish(name, payload));
  let stopForwarding = forward(services);
  const page = await context.newPage();
  await page.goto(server.url);

  return {
    page,
    url: server.url,
    async restart(whileStopped) {
      stopForwarding?.();
      services.close();
      await whileStopped?.();
      services = await boot();
      table = createHandlers(services);
      stopForwarding = forward(services);
      await page.reload();
    },
    async close() {
      stopForwarding?.();
      services.close();
      await server.close();
    },
  };
}
