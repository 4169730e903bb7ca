/**
 * `npm run serve`: Dossier in your browser, for a machine where Electron cannot run. The same
 * renderer, handler table and notes database as the desktop app, over loopback HTTP with a
 * per-launch token. Options: --port N (default: a free one), --no-build (reuse out/).
 */
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createAppLog } from '../src/core/log/app-log';
import { startDossierServer } from '../src/core/serve/dossier-server';
import { startCoreHost } from '../src/core/host/core-host';
import { bundledWorkerEntry } from '../src/core/worker-entry';
import { webBridgeScript } from './web-bridge';

const ROOT = join(import.meta.dirname, '..');
const out = join(ROOT, process.env.DOSSIER_OUT ?? 'out');

/** The folder Electron's app.getPath('userData') names for "dossier", so both front ends share one set of notes. */
export function defaultUserDataDir(env = process.env, platform = process.platform, home = homedir()): string {
  if (env.DOSSIER_USER_DATA) return env.DOSSIER_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'dossier');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'dossier');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'dossier');
}

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port takes a number from 0 to 65535, not "${argv[portAt + 1]}".`);
  if (!argv.includes('--no-build')) {
    run(['scripts/ensure-corpus.mjs']);
    run(['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn']);
  }
  const userDataDir = defaultUserDataDir();
  const log = createAppLog(userDataDir);
  log.info('Dossier starting (npm run serve)');
  // The same core worker as the desktop app: corpus, notes and search off the serving thread.
  // It starts once the server is up (requests are only read after this function's next await),
  // so none of its events is published before there is a server to publish them.
  const server = await startDossierServer({
    rendererRoot: join(out, 'renderer'),
    bridgeScript: webBridgeScript(),
    handlers: () => core.table,
    port,
    log,
  });
  // The bundled worker (built above), as the desktop app runs it; the TypeScript source with --no-build and no out/.
  const core = startCoreHost({ resourcesDir: join(ROOT, 'resources'), userDataDir, platform: { name: 'web' }, log, entry: bundledWorkerEntry(out, 'core-worker') });
  core.events.subscribe((name, payload) => server.publish(name, payload));
  console.log(`Dossier is served at\n\n  ${server.url}\n\nOpen that address in a browser on this machine (it works only with its token). Notes are kept in ${userDataDir}; the log is ${log.path}. Ctrl+C stops.`);
  const stop = () => {
    void Promise.all([core.close(), server.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
