import { join } from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { startCoreHost, type CoreHost } from '../../../src/core/host/core-host';
import type { DossierEvents, EventName } from '../../../src/shared/api/events';
import { bundledWorkerEntry } from '../../../src/core/worker-entry';
import { createAppLog } from '../../../src/core/log/app-log';
import { CALL_PREFIX, startDossierServer } from '../../../src/core/serve/dossier-server';
import { webBridgeScript } from '../../../scripts/web-bridge';
import { createWebPlatform } from './web-platform';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface WebHost {
  page: Page;
  /** The address with this launch's token, as `npm run serve` prints it. */
  url: string;
  /** Quit and start again on the same user-data folder, like closing and reopening the app. */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  /**
   * Sends the page an event as the desktop shell would (e.g. `openPassage` when the OS hands
   * the running app a dossier:// link), over the served app's own event stream.
   */
  publish<E extends EventName>(name: E, payload: DossierEvents[E]): void;
  close(): Promise<void>;
}

/**
 * The app as `npm run serve` ships it, in Chromium: the built renderer and the handler table
 * over loopback HTTP (token, Host and Origin checked), `window.dossier` from the same bridge
 * factory as the preload, and the corpus, notes and search in the core worker thread as in
 * both hosts. Only the transport differs from Electron (fetch instead of IPC).
 */
export async function startWebHost(context: BrowserContext, userDataDir: string, resourcesDir = join(ROOT, 'resources')): Promise<WebHost> {
  const log = createAppLog(userDataDir);
  let core: CoreHost | undefined;
  const server = await startDossierServer({
    rendererRoot: join(ROOT, process.env.DOSSIER_OUT ?? 'out', 'renderer'),
    bridgeScript: webBridgeScript(),
    handlers: () => running().table,
    log,
  });
  const running = (): CoreHost => {
    if (!core) throw new Error('the core worker is not running');
    return core;
  };
  // Like the app's start: the worker has opened the corpus and the notes when this returns, so a
  // spec may change the user-data folder between restarts without racing a worker still opening it.
  // The bundled worker, as both hosts ship it (run-e2e builds it first), not the TypeScript source.
  const entry = bundledWorkerEntry(join(ROOT, process.env.DOSSIER_OUT ?? 'out'), 'core-worker');
  const boot = async () => {
    core = startCoreHost({ resourcesDir, userDataDir, platform: createWebPlatform(), log, entry });
    core.events.subscribe((name, payload) => server.publish(name, payload));
    await core.ready().catch(() => {});
  };
  await boot();
  const page = await context.newPage();
  // Calls the page has sent and not had answered. A restart waits for them, as quitting the app
  // lets the main process answer the calls already made: without it a spec that pressed Enter
  // and restarted at once could stop the core before the history write arrived.
  const inFlight = new Set<Request>();
  const isCall = (r: Request) => new URL(r.url()).pathname.startsWith(CALL_PREFIX);
  page.on('request', (r) => void (isCall(r) && inFlight.add(r)));
  page.on('requestfinished', (r) => void inFlight.delete(r));
  page.on('requestfailed', (r) => void inFlight.delete(r));
  const settle = async () => {
    for (let waited = 0; inFlight.size > 0 && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  await page.goto(server.url);

  return {
    page,
    url: server.url,
    async restart(whileStopped) {
      await settle();
      await running().close();
      await whileStopped?.();
      await boot();
      await page.reload();
    },
    publish(name, payload) {
      server.publish(name, payload);
    },
    async close() {
      await running().close();
      await server.close();
      await log.flush();
    },
  };
}
