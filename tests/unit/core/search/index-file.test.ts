import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { deserializeIndex, IndexFormatError, INDEX_FORMAT_VERSION, loadIndexFile, readIndexFile, serializeIndex, writeIndexFile } from '../../../../src/core/search/index-file';
import { doc, seedDocument, trickyDocuments } from './fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The seed and tricky documents' index, written to a throwaway folder. */
function writtenIndex() {
  const docs = [seedDocument(), ...trickyDocuments()];
  const data = buildIndexData(docs);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-index-'));
  dirs.push(dir);
  const path = join(dir, 'search-index.bin');
  writeIndexFile(path, data);
  return { docs, data, path };
}

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

  it('names its content: SHA-256 of the file with the hash itself as zeros, the same for the same index, another for another', () => {
    const { data, path } = writtenIndex();
    const bytes = readFileSync(path);
    const headerLength = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.subarray(12, 12 + headerLength).toString('utf8')) as { contentHash: string };
    expect(header.contentHash).toMatch(/^[0-9a-f]{64}$/u);
    const zeroed = Buffer.from(bytes.toString('latin1').replace(header.contentHash, '0'.repeat(64)), 'latin1');
    expect(createHash('sha256').update(zeroed).digest('hex')).toBe(header.contentHash);
    expect(loadIndexFile(path).contentHash).toBe(header.contentHash);
    expect(data.contentHash).toBe(header.contentHash);
    // Reproducible: the same documents give the same bytes; other documents another hash.
    expect(Buffer.from(serializeIndex(buildIndexData([seedDocument(), ...trickyDocuments()]))).equals(bytes)).toBe(true);
    const other = buildIndexData([seedDocument()]);
    serializeIndex(other);
    expect(other.contentHash).toMatch(/^[0-9a-f]{64}$/u);
    expect(other.contentHash).not.toBe(header.contentHash);
  });

  it('loaded for searching, paragraph texts come from the file when shown: same snippets and hits as in memory', () => {
    const { docs, data, path } = writtenIndex();
    const loaded = loadIndexFile(path);
    expect(loaded.text).not.toBeInstanceOf(Uint8Array);
    expect(loaded.text.length).toBe(data.text.length);
    const engine = new SearchEngine(loaded);
    const built = new SearchEngine(data);
    for (const q of ['kursk', 'café', '"in the end"', 'ukrane~1']) expect(engine.search(q).results).toEqual(built.search(q).results);
    expect(engine.documentHits('seed', 'korea')).toEqual(built.documentHits('seed', 'korea'));
    // A rebuild replaces the file (rename), so the open index keeps reading its own texts.
    writeIndexFile(path, buildIndexData([docs[1]!]));
    expect(engine.search('kursk').results).toEqual(built.search('kursk').results);
    // The file loaded again in memory serializes to the same bytes.
    expect(Buffer.from(serializeIndex(loaded)).equals(Buffer.from(serializeIndex(data)))).toBe(true);
  });

  it('loaded, the token stream is read after load; searches before, during and after that read answer the same', () => {
    const { data, path } = writtenIndex();
    const built = new SearchEngine(data);
    const queries = ['kursk', '"in the end"', 'korea*', 'ukrane~1'];
    // A query straight after load reads the rest itself.
    const early = loadIndexFile(path);
    expect(early.pending).toBeDefined();
    expect(new SearchEngine(early).search('kursk').results).toEqual(built.search('kursk').results);
    expect(early.pending).toBeUndefined();
    // The worker's warm-up reads it a slice at a time; a query between slices still answers the same.
    const engine = new SearchEngine(loadIndexFile(path));
    let slices = 0;
    let stillReading = false;
    while (!engine.warmStep(1)) {
      slices++;
      if (slices === 2) {
        stillReading = engine.data.pending !== undefined;
        for (const q of queries) expect(engine.search(q).results).toEqual(built.search(q).results);
      }
    }
    expect(stillReading).toBe(true); // the queries above ran while the stream was half read
    for (const q of queries) expect(engine.search(q).results).toEqual(built.search(q).results);
    expect(engine.documentHits('seed', 'korea')).toEqual(built.documentHits('seed', 'korea'));
    expect(Array.from(engine.data.stream)).toEqual(Array.from(data.stream));
  });

  it('postings are read per term as queries need them and the rest between queries: answers are the same throughout', () => {
    const { data, path } = writtenIndex();
    const built = new SearchEngine(data);
    const queries = ['kursk', 'korea*', 'ukrane~1', '+north +korea', 'title:korea', '-kursk korea'];
    const engine = new SearchEngine(loadIndexFile(path));
    expect(engine.data.postingReads).toBeDefined();
    let slices = 0;
    while (!engine.warmStep(1)) if (++slices % 200 === 0) for (const q of queries) expect(engine.search(q).results).toEqual(built.search(q).results);
    for (const q of queries) expect(engine.search(q).results).toEqual(built.search(q).results);
    engine.data.postings.forEach((p, f) => {
      expect(Array.from(p.docs)).toEqual(Array.from(data.postings[f]!.docs));
      expect(Array.from(p.tfs)).toEqual(Array.from(data.postings[f]!.tfs));
    });
  });

  it('a file of an older index format is refused with a message saying so, never misread', () => {
    const bytes = serializeIndex(buildIndexData([seedDocument()]));
    const header = new TextDecoder().decode(bytes.subarray(12, 40));
    expect(header.startsWith(`{"version":${INDEX_FORMAT_VERSION},`)).toBe(true);
    const older = bytes.slice();
    older[12 + '{"version":'.length] = '3'.charCodeAt(0);
    expect(() => deserializeIndex(older)).toThrow(IndexFormatError);
    expect(() => deserializeIndex(older)).toThrow(/built by another version of Dossier \(index format 3; this version reads format 4\)/u);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-index-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'search-index.bin'), older);
    expect(() => loadIndexFile(join(dir, 'search-index.bin'))).toThrow(/another version/u);
  });

  it('an empty corpus round-trips to an index that finds nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-index-'));
    dirs.push(dir);
    writeIndexFile(join(dir, 'search-index.bin'), buildIndexData([]));
    const engine = new SearchEngine(loadIndexFile(join(dir, 'search-index.bin')));
    engine.warm();
    expect(engine.documentCount).toBe(0);
    for (const q of ['kursk', 'k*', 'kursk~1', '"in the end"', '-kursk']) expect(engine.search(q).total).toBe(0);
  });

  it('non-Latin terms, titles and ids come back from the file and are found exactly, by prefix and fuzzily', () => {
    const docs = [doc('москва-1', 'Москва и Αθήνα', ['Встреча в Москве прошла спокойно.', '東京 と 大阪']), doc('b', 'Zürich', ['Grüße aus Zürich.'])];
    const data = buildIndexData(docs);
    expect(data.terms.units).toBeInstanceOf(Uint16Array);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-index-'));
    dirs.push(dir);
    writeIndexFile(join(dir, 'search-index.bin'), data);
    const engine = new SearchEngine(loadIndexFile(join(dir, 'search-index.bin')));
    const built = new SearchEngine(data);
    for (const q of ['москва', 'моск*', 'москве~1', 'αθήνα', '東京', 'zürich', 'title:москва']) {
      expect(engine.search(q).results.map((r) => r.documentId)).toEqual(built.search(q).results.map((r) => r.documentId));
      expect(engine.search(q).total).toBeGreaterThan(0);
    }
    expect(engine.search('москва').results[0]!.title).toBe('Москва и Αθήνα');
    expect(engine.documentHits('москва-1', 'москва')!.matches).toBe(true);
  });
});

