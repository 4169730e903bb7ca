import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipelineFingerprint } from './pipeline-fingerprint';
import type { RawDocument } from './raw-document';
import { sha256 } from './read-sources';
import type { ProcessOutcome } from './worker-pool';

/**
 * Processed documents cached by content hash: key = sha256(pipeline fingerprint, id, format,
 * metadata, text). An unchanged document is not cleaned or enriched again; any change to the
 * document or to the pipeline code misses. Failures are cached too (the same input fails the
 * same way). One small JSON file per entry, fanned out by prefix.
 */
export class ProcessCache {
  constructor(private readonly dir: string | null) {}

  key(raw: RawDocument): string {
    return sha256(JSON.stringify([pipelineFingerprint(), raw.id, raw.format, raw.meta, raw.content]));
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
