import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledWorkerEntry, findWorkerEntry, workerEntryAt } from '../../../src/core/worker-entry';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-worker-entry-'));
  mkdirSync(join(dir, 'main', 'chunks'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const moduleIn = (...parts: string[]) => pathToFileURL(join(dir, ...parts)).href;

describe('finding a worker script', () => {
  it('prefers the bundled script beside the module, then one folder up (a chunk), then the source under tsx', () => {
    writeFileSync(join(dir, 'main', 'chunks', 'search-worker.ts'), '');
    expect(findWorkerEntry(moduleIn('main', 'chunks', 'search-service.js'), 'search-worker')).toEqual({
      path: join(dir, 'main', 'chunks', 'search-worker.ts'),
      execArgv: ['--import', 'tsx'],
    });
    writeFileSync(join(dir, 'main', 'search-worker.js'), '');
    expect(findWorkerEntry(moduleIn('main', 'chunks', 'search-service.js'), 'search-worker')).toEqual({ path: join(dir, 'main', 'search-worker.js'), execArgv: [] });
    writeFileSync(join(dir, 'main', 'chunks', 'search-worker.js'), '');
    expect(findWorkerEntry(moduleIn('main', 'chunks', 'search-service.js'), 'search-worker')?.path).toBe(join(dir, 'main', 'chunks', 'search-worker.js'));
  });

  it('says null when there is no script at all, and never looks outside file: URLs', () => {
    expect(findWorkerEntry(moduleIn('main', 'index.js'), 'core-worker')).toBeNull();
    expect(findWorkerEntry('http://localhost:5173/src/core/host/core-host.ts', 'core-worker')).toBeNull();
  });

  it('runs a .ts entry under tsx and a .js entry as it is', () => {
    expect(workerEntryAt(new URL(moduleIn('w.ts'))).execArgv).toEqual(['--import', 'tsx']);
    expect(workerEntryAt(new URL(moduleIn('w.js'))).execArgv).toEqual([]);
  });

  it('finds a built out/main script only when it was built', () => {
    expect(bundledWorkerEntry(dir, 'core-worker')).toBeUndefined();
    writeFileSync(join(dir, 'main', 'core-worker.js'), '');
    expect(bundledWorkerEntry(dir, 'core-worker')).toEqual({ path: join(dir, 'main', 'core-worker.js') });
  });
});
