#!/usr/bin/env node
/**
 * Runs before `npm run dev|start|build|serve`: rebuilds resources/corpus-build when it is
 * missing, corrupt or stale, and prints one line either way. The rules are src/core's own
 * (src/core/corpus/build-status.ts, loaded through tsx), never a copy kept by hand.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const unregister = register();
const { whyRebuild } = await import('../src/core/corpus/build-status.ts');
await unregister();

const { reason, manifest } = whyRebuild({ sourceDir: join(repo, 'resources/corpus'), buildDir: join(repo, 'resources/corpus-build') });
if (!reason) {
  console.log(`corpus: up to date (${manifest.documentCount} documents, built ${manifest.builtAt}; checked in ${Date.now() - started} ms)`);
} else {
  console.log(`corpus: rebuilding resources/corpus-build (${reason})`);
  const cli = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/corpus-cli.ts'), 'build'], { cwd: repo, stdio: 'inherit' });
  // Exit 1 means some files failed but the rest was built: the app can start with it.
  if (cli.status !== 0 && cli.status !== 1) {
    console.error(`corpus: build failed (exit ${cli.status ?? cli.signal}); the app will fall back to the bundled sources.`);
    process.exit(cli.status ?? 1);
  }
}
