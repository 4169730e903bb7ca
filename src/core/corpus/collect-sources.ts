import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { ManifestSource } from './manifest';
import type { BuildFailure, RawDocument } from './raw-document';
import { isSidecar, listSourceFiles, readSource, sha256, uniqueIds } from './read-sources';

export interface CollectedSources {
  raws: RawDocument[];
  failures: BuildFailure[];
  sources: ManifestSource[];
  /** Index into `sources` of each raw document's file. */
  sourceOf: number[];
}

export function toPosixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/**
 * Reads every source under the given folders into raw documents with unique ids
 * (files in sorted order, JSONL lines in order). Sidecars are listed as sources of their
 * own so that editing one makes the build stale. Paths in `sources` are relative to `relativeTo`.
 */
export function collectSources(dirs: readonly string[], relativeTo: string): CollectedSources {
  const raws: Omit<RawDocument, 'id'>[] = [];
  const wanted: string[] = [];
  const failures: BuildFailure[] = [];
  const sources: ManifestSource[] = [];
  const sourceOf: number[] = [];
  for (const dir of dirs) {
    for (const path of listSourceFiles(dir)) {
      const st = statSync(path);
      const entry: ManifestSource = { path: toPosixRelative(relativeTo, path), sha256: '', size: st.size, mtimeMs: st.mtimeMs, documentIds: [] };
      sources.push(entry);
      if (isSidecar(path)) {
        entry.sha256 = sha256(readFileSync(path));
        continue;
      }
      const read = readSource(path, path);
      entry.sha256 = read.bytes.length > 0 ? sha256(read.bytes) : sha256(`size:${st.size}`);
      failures.push(...read.failures);
      read.documents.forEach((d, i) => {
        raws.push(d);
        wanted.push(read.wantedIds[i] as string);
        sourceOf.push(sources.length - 1);
      });
    }
  }
  const ids = uniqueIds(wanted);
  const withIds = raws.map((r, i) => ({ ...r, id: ids[i] as string }));
  return { raws: withIds, failures, sources, sourceOf };
}
