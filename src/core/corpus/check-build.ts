import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_SCHEMA_VERSION } from '../../shared/corpus';
import { toPosixRelative } from './collect-sources';
import { MANIFEST_FORMAT, type CorpusManifest } from './manifest';
import { listSourceFiles, sha256 } from './read-sources';

export interface BuildLocation {
  buildDir: string;
  sourceDir: string;
}

/**
 * Why a build no longer matches its sources, or null when it does. Sizes and mtimes recorded
 * in the manifest are compared first; only a file whose size or mtime changed is hashed
 * (a touched-but-identical file is still current). Sources outside sourceDir (extra --in
 * folders) are not checked.
 */
export function checkBuild(manifest: CorpusManifest, where: BuildLocation): string | null {
  if (manifest.schemaVersion !== CORPUS_SCHEMA_VERSION) {
    return `it was built with schema version ${manifest.schemaVersion}, this app reads version ${CORPUS_SCHEMA_VERSION}`;
  }
  const format = manifest.format ?? 1;
  if (format !== MANIFEST_FORMAT) {
    return `it was built in build format ${format}, this app reads format ${MANIFEST_FORMAT} (rebuild with \`npm run corpus -- build\`)`;
  }
  const buildDir = resolve(where.buildDir);
  const sourceDir = resolve(where.sourceDir);
  const recorded = new Map(manifest.sources.map((s) => [resolve(buildDir, s.path), s]));
  let current: string[];
  try {
    current = listSourceFiles(sourceDir);
  } catch {
    return null; // no source folder to compare with (e.g. a build shipped alone): trust it
  }
  const under = (p: string) => p.startsWith(`${sourceDir}/`) || p.startsWith(`${sourceDir}\\`);
  const currentSet = new Set(current);
  for (const [path] of recorded) {
    if (under(path) && !currentSet.has(path)) return `${toPosixRelative(sourceDir, path)} was removed`;
  }
  for (const path of current) {
    const entry = recorded.get(path);
    const name = toPosixRelative(sourceDir, path);
    if (!entry) return `${name} was added`;
    const st = statSync(path);
    if (st.size === entry.size && st.mtimeMs === entry.mtimeMs) continue;
    if (st.size !== entry.size || sha256(readFileSync(path)) !== entry.sha256) return `${name} changed`;
  }
  return null;
}
