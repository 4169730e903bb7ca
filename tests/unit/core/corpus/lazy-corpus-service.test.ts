import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_SCHEMA_VERSION, type CorpusInfo, type ProcessedDocument } from '../../../../src/shared/corpus';
import { summarize } from '../../../../src/core/corpus/corpus-service';
import { documentIndexProblem, encodeDocuments, type DocumentIndex } from '../../../../src/core/corpus/document-index';
import { createLazyCorpusService, DOCUMENT_CACHE_SIZE } from '../../../../src/core/corpus/lazy-corpus-service';
import { tempDir } from './helpers';

const INFO: CorpusInfo = { name: 'test', status: 'ready', documentCount: 0, builtAt: null, schemaVersion: CORPUS_SCHEMA_VERSION, problem: null };

function doc(i: number): ProcessedDocument {
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    id: `d${i}`,
    // Non-ASCII text: offsets are bytes, not UTF-16 units.
    title: `Café “${i}” — ünïcödé 🚆`,
    published: null,
    byline: null,
    source: i % 2 ? 'BBC' : null,
    url: i === 7 ? 'https://example.org/7' : null,
    paragraphs: [{ id: 'p0', text: `Paragraph ${i} of a document about trains 🚆 and ports.` }],
    entities: [],
    quotes: [],
    figures: [],
    events: [],
  };
}

function written(count: number) {
  const docs = Array.from({ length: count }, (_, i) => doc(i));
  const { jsonl, index } = encodeDocuments(docs);
  const path = join(tempDir(), 'documents.jsonl');
  writeFileSync(path, jsonl);
  return { docs, index, path, bytes: jsonl.length };
}

describe('document index', () => {
  it('locates every document by byte range in UTF-8 with multi-byte text, and summarises it', () => {
    const { docs, index, path, bytes } = written(5);
    const file = readFileSync(path);
    expect(documentIndexProblem(index, 5, bytes)).toBeNull();
    index.documents.forEach((e, i) => {
      expect(JSON.parse(file.subarray(e.offset, e.offset + e.length).toString('utf8'))).toEqual(docs[i]);
      expect(file[e.offset + e.length]).toBe(0x0a);
      expect(e).toMatchObject({ ...summarize(docs[i]!), url: docs[i]!.url });
    });
  });

  it('rejects an index that does not describe the file exactly', () => {
    const { index, bytes } = written(3);
    const copy = (): DocumentIndex => structuredClone(index);
    expect(documentIndexProblem(copy(), 3, bytes + 1)).toMatch(/covers \d+ bytes of documents\.jsonl, the file has/u);
    expect(documentIndexProblem(copy(), 4, bytes)).toMatch(/lists 3 documents, the manifest says 4/u);
    expect(documentIndexProblem({ ...copy(), version: 9 }, 3, bytes)).toMatch(/version 9/u);
    const dup = copy();
    dup.documents[2]!.id = 'd0';
    expect(documentIndexProblem(dup, 3, bytes)).toMatch(/lists "d0" twice/u);
    const longer = copy();
    longer.documents[0]!.length += 1;
    expect(documentIndexProblem(longer, 3, bytes)).toMatch(/entry 2 \("d1"\) does not start where the previous line ends/u);
    const sum = copy();
    sum.documents[1]!.checksum = 'xyz';
    expect(documentIndexProblem(sum, 3, bytes)).toMatch(/entry 2 has a malformed checksum/u);
    const neg = copy();
    neg.documents[0]!.offset = -1;
    expect(documentIndexProblem(neg, 3, bytes)).toMatch(/entry 1 has a malformed byte range/u);
    expect(documentIndexProblem([], 0, 0)).toMatch(/not a document index/u);
  });
});

describe('lazy corpus service', () => {
  it(`keeps the last ${DOCUMENT_CACHE_SIZE} documents parsed and reads older ones again`, () => {
    const { docs, index, path } = written(DOCUMENT_CACHE_SIZE + 6);
    const service = createLazyCorpusService(path, index.documents, INFO);
    expect(service.info().documentCount).toBe(docs.length);
    const first = service.get('d0');
    expect(first).toEqual(docs[0]);
    const d1 = service.get('d1');
    for (let i = 2; i < DOCUMENT_CACHE_SIZE; i++) service.get(`d${i}`);
    expect(service.get('d0')).toBe(first); // still cached, and now the most recent
    for (let i = DOCUMENT_CACHE_SIZE; i < docs.length; i++) service.get(`d${i}`);
    expect(service.get('d0')).toBe(first); // d1.. were evicted first
    const again = service.get('d1');
    expect(again).not.toBe(d1); // read again after eviction
    expect(again).toEqual(docs[1]);
    expect(service.findByUrl('https://example.org/7')).toEqual(docs[7]);
  });

  it('reports a document whose bytes changed after load as unavailable, and its neighbours still open', () => {
    const { index, path } = written(3);
    const service = createLazyCorpusService(path, index.documents, INFO);
    const file = readFileSync(path);
    const e = index.documents[1]!;
    file[e.offset + 20] = file[e.offset + 20]! ^ 0x01; // one flipped bit
    writeFileSync(path, file);
    expect(() => service.get('d1')).toThrow(expect.objectContaining({ code: 'unavailable', message: expect.stringMatching(/\(d1\) cannot be opened.*checksum.*npm run corpus -- build/u) }));
    expect(service.get('d2').id).toBe('d2');
    expect(service.loadAll().map((d) => d.id)).toEqual(['d0', 'd2']);
  });
});
