import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A worker thread's script and the flags it needs. */
export interface WorkerEntry {
  path: string | URL;
  /** ['--import', 'tsx'] for TypeScript source; nothing for bundled JavaScript. */
  execArgv?: string[];
}

/** The entry for a script at `url`: a .ts file runs under tsx (tests, `npm run` scripts). */
export function workerEntryAt(url: URL): WorkerEntry {
  return { path: fileURLToPath(url), execArgv: url.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [] };
}

/**
 * The worker script `name` next to the module at `moduleUrl`: the bundled `name.js` (in the
 * Electron bundle the module may sit in a chunk one folder below the entry files), else the
 * `name.ts` source beside it under tsx; null when neither exists.
 */
export function findWorkerEntry(moduleUrl: string, name: string): WorkerEntry | null {
  for (const candidate of [`./${name}.js`, `../${name}.js`, `./${name}.ts`]) {
    const url = new URL(candidate, moduleUrl);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return workerEntryAt(url);
  }
  return null;
}

/** `name.js` in a built `out/main` folder, for hosts that run the bundle (serve, the e2e web host, benches). */
export function bundledWorkerEntry(outDir: string, name: string): WorkerEntry | undefined {
  const path = join(outDir, 'main', `${name}.js`);
  return existsSync(path) ? { path } : undefined;
}
