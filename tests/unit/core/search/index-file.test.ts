import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { deserializeIndex, readIndexFile, serializeIndex, writeIndexFile } from '../../../../src/core/search/index-file';
import { seedDocument, trickyDocuments } from './fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('index file', () => {
  it('streamed to disk section by section, it is the same file as serialized in memory, and answers the same', () => {
    const docs = [seedDocument(), ...trickyDocuments()];
    const data = buildIndexData(docs);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-index-'));
    dirs.push(dir);
    const path = join(dir, 'search-index.bin');
    const size = writeIndexFile(path, data);
    const bytes = serializeIndex(data);
    expect(size).toBe(bytes.byteLength);
    expect(Buffer.from(readFileSync(path)).equals(Buffer.from(bytes))).toBe(true);
    const engine = new SearchEngine(deserializeIndex(readIndexFile(path)));
    const built = new SearchEngine(data);
    for (const q of ['kursk', '"in the end"', 'person:kim', 'korea*']) expect(engine.search(q)).toMatchObject({ total: built.search(q).total, results: built.search(q).results });
    const hits = engine.documentHits('kim', 'morale')!;
    expect(hits.hits[0]!.paragraphId).toBe('kim-p0');
  });
});
