import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import { buildCorpus } from '../../../../src/core/corpus/build-corpus';
import { documentIndexProblem, type DocumentIndex } from '../../../../src/core/corpus/document-index';
import { loadCorpus } from '../../../../src/core/corpus/load-corpus';
import type { CorpusManifest } from '../../../../src/core/corpus/manifest';
import { pipelineFingerprint } from '../../../../src/core/corpus/pipeline-fingerprint';
import { sha256 } from '../../../../src/core/corpus/read-sources';
import type * as WriteIndex from '../../../../src/core/search/write-index';
import { FIXTURES, SEED, tempDir } from './helpers';

const indexWriter = vi.hoisted(() => ({ fail: false }));
vi.mock('../../../../src/core/search/write-index', async (importOriginal) => {
  const real = await importOriginal<typeof WriteIndex>();
  return {
    writeSearchIndex: async (dir: string, docs: readonly ProcessedDocument[], duplicates?: Parameters<typeof real.writeSearchIndex>[2]) => {
      if (indexWriter.fail) throw new Error('disk full while writing the index');
      return real.writeSearchIndex(dir, docs, duplicates);
    },
  };
});

function sourceFolder(): string {
  const dir = tempDir('dossier-src-');
  copyFileSync(SEED, join(dir, 'cnn.txt'));
  copyFileSync(`${SEED}.meta.json`, join(dir, 'cnn.txt.meta.json'));
  for (const f of ['harbour-page.html', 'rail-explainer.md', 'senate-wire.txt']) copyFileSync(join(FIXTURES, f), join(dir, f));
  writeFileSync(join(dir, 'feed.jsonl'), [JSON.stringify({ id: 'j1', title: 'Tram line approved', body: 'The council approved the tram line.' }), 'not json'].join('\n'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'cut.html'), '<html><head><title>Cut</title></head><body><div class="article"><p');
  return dir;
}

function readBuild(out: string): { manifest: CorpusManifest; docs: ProcessedDocument[] } {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as CorpusManifest;
  const docs = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ProcessedDocument);
  return { manifest, docs };
}

describe('buildCorpus', () => {
  it('stores duplicate groups with the build: summaries name the group and its copy count', async () => {
    const src = tempDir('dossier-src-');
    copyFileSync(SEED, join(src, 'a.txt'));
    copyFileSync(SEED, join(src, 'b.txt'));
    copyFileSync(join(FIXTURES, 'senate-wire.txt'), join(src, 'c.txt'));
    const out = join(tempDir(), 'corpus-build');
    await buildCorpus({ inputs: [src], outDir: out, cacheDir: null, workers: 0 });
    const list = loadCorpus({ buildDir: out, sourceDir: src }).list();
    expect(list.map((d) => [d.id, d.duplicateGroup, d.copies, d.duplicateKind])).toEqual([
      ['a', 'a', 2, 'exact'],
      ['b', 'a', 2, 'exact'],
      ['c', undefined, undefined, undefined],
    ]);
  });

  it('writes manifest and documents, reports each bad file and builds the rest', async () => {
    const src = sourceFolder();
    const out = join(tempDir(), 'corpus-build');
    const result = await buildCorpus({ inputs: [src], outDir: out, cacheDir: null, workers: 0 });
    const { manifest, docs } = readBuild(out);
    expect(docs.map((d) => d.id)).toEqual(['cnn', 'j1', 'harbour-page', 'rail-explainer', 'senate-wire']);
    expect(manifest.documentCount).toBe(5);
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.format).toBe(3);
    // The per-document index the app loads instead of every document.
    const indexJson = readFileSync(join(out, 'documents-index.json'));
    expect(manifest.documentIndex).toEqual({ file: 'documents-index.json', bytes: indexJson.length, sha256: sha256(indexJson) });
    const index = JSON.parse(indexJson.toString('utf8')) as DocumentIndex;
    expect(index.documents.map((e) => e.id)).toEqual(docs.map((d) => d.id));
    expect(documentIndexProblem(index, manifest.documentCount, manifest.documents.bytes)).toBeNull();
    expect(Date.parse(manifest.builtAt)).not.toBeNaN();
    expect(manifest.failures).toEqual([
      { file: join(src, 'empty.txt'), message: 'Empty file.' },
      { file: join(src, 'feed.jsonl'), line: 2, message: expect.stringMatching(/^Not JSON/u) },
      { file: join(src, 'cut.html'), message: 'No readable article text (empty or truncated HTML).' },
    ]);
    expect(result.failures).toEqual(manifest.failures);
    const cnn = manifest.sources.find((s) => s.path.endsWith('/cnn.txt'))!;
    expect(cnn.documentIds).toEqual(['cnn']);
    expect(cnn.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(manifest.sources.some((s) => s.path.endsWith('/cnn.txt.meta.json'))).toBe(true);
    expect(docs[0]!.title).toBe('Are North Koreans fighting in Ukraine? Here’s what we know');
  });

  it('caches by content: a second build processes 0 documents, an edit reprocesses only that one', async () => {
    const src = sourceFolder();
    const out = join(tempDir(), 'corpus-build');
    const cacheDir = join(tempDir(), 'cache');
    const first = await buildCorpus({ inputs: [src], outDir: out, cacheDir, workers: 0 });
    expect(first.processed).toBe(6); // 5 documents + the truncated page that fails
    const firstDocs = readBuild(out).docs;
    const second = await buildCorpus({ inputs: [src], outDir: out, cacheDir, workers: 0 });
    expect(second.processed).toBe(0);
    expect(second.cached).toBe(6); // the truncated page's failure is cached too
    expect(second.failures).toEqual(first.failures);
    expect(readBuild(out).docs).toEqual(firstDocs);
    writeFileSync(join(src, 'senate-wire.txt'), `${readFileSync(join(src, 'senate-wire.txt'), 'utf8')}\nThe House passed it a day earlier.\n`);
    const third = await buildCorpus({ inputs: [src], outDir: out, cacheDir, workers: 0 });
    expect(third.processed).toBe(1);
    expect(readBuild(out).docs.find((d) => d.id === 'senate-wire')!.paragraphs.at(-1)!.text).toBe('The House passed it a day earlier.');
  });

  it('a second build of good inputs processes 0 documents', async () => {
    const src = tempDir('dossier-src-');
    copyFileSync(SEED, join(src, 'cnn.txt'));
    const out = join(tempDir(), 'b');
    const cacheDir = join(tempDir(), 'cache');
    await buildCorpus({ inputs: [src], outDir: out, cacheDir, workers: 0 });
    expect((await buildCorpus({ inputs: [src], outDir: out, cacheDir, workers: 0 })).processed).toBe(0);
  });

  it('keeps at most three pipeline generations in the cache', async () => {
    const src = tempDir('dossier-src-');
    copyFileSync(SEED, join(src, 'cnn.txt'));
    const cacheDir = tempDir('dossier-cache-');
    for (const old of ['0000000000000001', '0000000000000002', '0000000000000003']) {
      mkdirSync(join(cacheDir, old));
      utimesSync(join(cacheDir, old), new Date(2020, 0, Number(old.slice(-1))), new Date(2020, 0, Number(old.slice(-1))));
    }
    await buildCorpus({ inputs: [src], outDir: join(tempDir(), 'b'), cacheDir, workers: 0 });
    expect(readdirSync(cacheDir).sort()).toEqual(['0000000000000002', '0000000000000003', pipelineFingerprint()].sort());
  });

  it('is atomic: a crash while writing leaves the previous build and no temporary folder', async () => {
    const src = sourceFolder();
    const parent = tempDir();
    const out = join(parent, 'corpus-build');
    await buildCorpus({ inputs: [src], outDir: out, cacheDir: null, workers: 0 });
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    writeFileSync(join(src, 'extra.txt'), 'Extra story headline\n\nSomething new happened today.\n');
    indexWriter.fail = true;
    try {
      await expect(buildCorpus({ inputs: [src], outDir: out, cacheDir: null, workers: 0 })).rejects.toThrow('disk full');
    } finally {
      indexWriter.fail = false;
    }
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(parent)).toEqual(['corpus-build']);
  });

  it('worker threads produce exactly what in-process processing does', async () => {
    const src = sourceFolder();
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    const progress: number[] = [];
    await buildCorpus({ inputs: [src], outDir: a, cacheDir: null, workers: 0 });
    const threaded = await buildCorpus({
      inputs: [src],
      outDir: b,
      cacheDir: null,
      workers: 2,
      minDocsForWorkers: 1,
      onProgress: (p) => p.phase === 'process' && progress.push(p.done),
    });
    expect(threaded.processed).toBe(6);
    expect(readBuild(b).docs).toEqual(readBuild(a).docs);
    expect(readBuild(b).manifest.failures).toEqual(readBuild(a).manifest.failures);
    expect(progress.at(-1)).toBe(6);
    expect(existsSync(join(b, 'manifest.json'))).toBe(true);
  });
});
