import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipelineFingerprint } from './pipeline-fingerprint';
import type { RawDocument } from './raw-document';
import { sha256 } from './read-sources';
import type { ProcessOutcome } from './worker-pool';

/** Generations (pipeline versions) kept; older ones are deleted so the cache cannot grow without bound. */
const KEEP_GENERATIONS = 3;

/**
 * Processed documents cached by content hash: key = sha256(id, format, metadata, text) inside
 * a folder per pipeline fingerprint, so an unchanged document is not cleaned or enriched again
 * and any change to the document or to the pipeline code misses. Failures are cached too (the
 * same input fails the same way). One small JSON file per entry, fanned out by key prefix.
 */
export class ProcessCache {
  private readonly dir: string | null;

  constructor(root: string | null) {
    this.dir = root ? join(root, pipelineFingerprint()) : null;
    if (root && this.dir) {
      mkdirSync(this.dir, { recursive: true });
      const now = new Date();
      utimesSync(this.dir, now, now);
      prune(root);
    }
  }

  key(raw: RawDocument): string {
    return sha256(JSON.stringify([raw.id, raw.format, raw.meta, raw.content]));
  }

  private path(key: string): string {
    return join(this.dir as string, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): ProcessOutcome | null {
    if (!this.dir) return null;
    try {
      return JSON.parse(readFileSync(this.path(key), 'utf8')) as ProcessOutcome;
    } catch {
      return null; // missing or damaged entry: process again
    }
  }

  set(key: string, outcome: ProcessOutcome): void {
    if (!this.dir) return;
    const target = this.path(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(outcome));
    renameSync(tmp, target);
  }
}

function prune(root: string): void {
  const generations = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ path: join(root, e.name), used: statSync(join(root, e.name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const old of generations.slice(KEEP_GENERATIONS)) rmSync(old.path, { recursive: true, force: true });
}
