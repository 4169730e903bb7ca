import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_SCHEMA_VERSION } from '../../shared/corpus';

let cached: string | null = null;

/**
 * Identifies the code that turns sources into documents: the schema version plus the text
 * of every file in src/core/corpus (cleaning, ids, enrichment) and the shared model. A cache
 * entry or build made by other code is not reused (scripts/ensure-corpus.mjs runs this very
 * function, through build-status.ts).
 */
export function pipelineFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256').update(`schema:${CORPUS_SCHEMA_VERSION}\u0000`);
  try {
    const corpusDir = dirname(fileURLToPath(import.meta.url));
    const files: string[] = [];
    const walk = (d: string, rel: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
        else if (/\.(?:ts|js|mjs)$/u.test(e.name)) files.push(`${rel}${e.name}`);
      }
    };
    walk(corpusDir, '');
    for (const rel of files.sort()) hash.update(`${rel}\u0000`).update(readFileSync(join(corpusDir, rel))).update('\u0000');
    hash.update(readFileSync(join(corpusDir, '../../shared/corpus.ts')));
  } catch {
    // Bundled app: no sources to hash; the schema version alone identifies the pipeline.
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
