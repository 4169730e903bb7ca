import { join } from 'node:path';
import { buildSync } from 'esbuild';

let cached: string | undefined;

/** src/preload/web-entry.ts bundled for the browser: the served app's preload. Built once per process (~20 ms). */
export function webBridgeScript(): string {
  cached ??= buildSync({
    entryPoints: [join(import.meta.dirname, '..', 'src', 'preload', 'web-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return cached;
}
