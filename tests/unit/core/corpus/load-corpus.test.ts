import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import { DossierError } from '../../../../src/shared/result';
import { buildCorpus } from '../../../../src/core/corpus/build-corpus';
import { summarize } from '../../../../src/core/corpus/corpus-service';
import type { DocumentIndex } from '../../../../src/core/corpus/document-index';
import { loadCorpus } from '../../../../src/core/corpus/load-corpus';
import type { CorpusManifest } from '../../../../src/core/corpus/manifest';
import { sha256 } from '../../../../src/core/corpus/read-sources';
import { FIXTURES, SEED, tempDir } from './helpers';

const TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';

/** A resources folder like the app's: corpus/ (sources) and corpus-build/ (built). */
async function resources() {
  const root = tempDir('dossier-res-');
  const sourceDir = join(root, 'corpus');
  const buildDir = join(root, 'corpus-build');
  mkdirSync(sourceDir);
  copyFileSync(SEED, join(sourceDir, 'cnn.txt'));
  copyFileSync(`${SEED}.meta.json`, join(sourceDir, 'cnn.txt.meta.json'));
  copyFileSync(join(FIXTURES, 'rail-explainer.md'), join(sourceDir, 'rail.md'));
  await buildCorpus({ inputs: [sourceDir], outDir: buildDir, cacheDir: null, workers: 0 });
  return { sourceDir, buildDir };
}

const readManifest = (buildDir: string) => JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as CorpusManifest;

/** Writes an index and records its size and hash in the manifest, as a consistent (if wrong) build would. */
function rewriteIndex(buildDir: string, index: DocumentIndex) {
  const json = JSON.stringify(index);
  writeFileSync(join(buildDir, 'documents-index.json'), json);
  const manifest = readManifest(buildDir);
  manifest.documentIndex = { file: 'documents-index.json', bytes: Buffer.byteLength(json), sha256: sha256(json) };
  writeFileSync(join(buildDir, 'manifest.json'), JSON.stringify(manifest));
}

function catchError(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

function expectFallback(service: ReturnType<typeof loadCorpus>, problem: RegExp) {
  const info = service.info();
  expect(info.status).toBe('fallback');
  expect(info.problem).toMatch(problem);
  expect(info.problem).toMatch(/Showing the bundled documents\.$/u);
  // The fallback runs the real pipeline: cleaned title, no debris, credit last.
  const doc = service.get('cnn');
  expect(doc.title).toBe(TITLE);
  expect(doc.paragraphs).toHaveLength(53);
  expect(doc.paragraphs.at(-1)!.text).toBe('CNN’s Paul P. Murphy contributed to this report.');
  expect(service.list().map((d) => d.id)).toEqual(['cnn', 'rail']);
}

describe('loadCorpus', () => {
  it('loads a current build as ready', async () => {
    const paths = await resources();
    const service = loadCorpus(paths);
    expect(service.info()).toMatchObject({ status: 'ready', documentCount: 2, problem: null });
    expect(service.get('cnn').title).toBe(TITLE);
  });

  it('falls back when the build is missing', async () => {
    const paths = await resources();
    rmSync(paths.buildDir, { recursive: true });
    expectFallback(loadCorpus(paths), /^The built corpus is missing\./u);
  });

  it('falls back when a source changed', async () => {
    const paths = await resources();
    writeFileSync(join(paths.sourceDir, 'rail.md'), '# Rail timetable\n\nA changed story.\n');
    expectFallback(loadCorpus(paths), /^The built corpus is stale: rail\.md changed\./u);
  });

  it('falls back when a source was added, removed, or a sidecar edited', async () => {
    const added = await resources();
    writeFileSync(join(added.sourceDir, 'new.txt'), 'New story headline\n\nIt happened.\n');
    const withNew = loadCorpus(added);
    expect(withNew.info()).toMatchObject({ status: 'fallback', problem: expect.stringMatching(/stale: new\.txt was added/u) });
    expect(withNew.list().map((d) => d.id)).toEqual(['cnn', 'new', 'rail']);
    const removed = await resources();
    rmSync(join(removed.sourceDir, 'rail.md'));
    expect(loadCorpus(removed).info().problem).toMatch(/stale: rail\.md was removed/u);
    const sidecar = await resources();
    writeFileSync(join(sidecar.sourceDir, 'cnn.txt.meta.json'), JSON.stringify({ title: TITLE, source: 'CNN', published: '2024-10-26' }));
    expect(loadCorpus(sidecar).info().problem).toMatch(/stale: cnn\.txt\.meta\.json changed/u);
  });

  it('stays ready when a source was only touched (same bytes, new mtime)', async () => {
    const paths = await resources();
    utimesSync(join(paths.sourceDir, 'cnn.txt'), new Date(), new Date(Date.now() + 5000));
    expect(loadCorpus(paths).info().status).toBe('ready');
  });

  it('falls back when the schema version differs', async () => {
    const paths = await resources();
    const manifestPath = join(paths.buildDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, schemaVersion: 0 }));
    expectFallback(loadCorpus(paths), /^The built corpus is stale: it was built with schema version 0/u);
  });

  it('falls back when the build is corrupt', async () => {
    const badManifest = await resources();
    writeFileSync(join(badManifest.buildDir, 'manifest.json'), '{"schemaVersion": 1,');
    expectFallback(loadCorpus(badManifest), /^The built corpus is corrupt: manifest\.json is not valid JSON\./u);

    // Was "documents.jsonl holds 2 documents": load no longer counts lines, the index is checked instead.
    const wrongCount = await resources();
    const m = readManifest(wrongCount.buildDir);
    writeFileSync(join(wrongCount.buildDir, 'manifest.json'), JSON.stringify({ ...m, documentCount: 3 }));
    expectFallback(loadCorpus(wrongCount), /corrupt: documents-index\.json lists 2 documents, the manifest says 3/u);

    const truncated = await resources();
    rmSync(join(truncated.buildDir, 'documents.jsonl'));
    expectFallback(loadCorpus(truncated), /corrupt: documents\.jsonl is missing/u);

    const grown = await resources();
    appendFileSync(join(grown.buildDir, 'documents.jsonl'), '{}\n');
    expectFallback(loadCorpus(grown), /corrupt: documents\.jsonl does not have the size the manifest records/u);
  });

  it('falls back when documents-index.json is damaged, missing or does not match documents.jsonl', async () => {
    const damaged = await resources();
    const indexPath = join(damaged.buildDir, 'documents-index.json');
    writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('"id":"rail"', '"id":"raid"'));
    expectFallback(loadCorpus(damaged), /^The built corpus is corrupt: documents-index\.json does not match its checksum\./u);

    const missing = await resources();
    rmSync(join(missing.buildDir, 'documents-index.json'));
    expectFallback(loadCorpus(missing), /corrupt: documents-index\.json is missing/u);

    // Consistently re-hashed but pointing outside documents.jsonl: the byte ranges are checked too.
    const outside = await resources();
    const index = JSON.parse(readFileSync(join(outside.buildDir, 'documents-index.json'), 'utf8')) as DocumentIndex;
    index.documents[1]!.offset += 100_000;
    rewriteIndex(outside.buildDir, index);
    expectFallback(loadCorpus(outside), /corrupt: documents-index\.json entry 2 \("rail"\) does not start where the previous line ends/u);
  });

  it('falls back from a build in the old format (no document index)', async () => {
    const paths = await resources();
    const { format: _format, documentIndex: _index, ...old } = readManifest(paths.buildDir);
    writeFileSync(join(paths.buildDir, 'manifest.json'), JSON.stringify(old));
    rmSync(join(paths.buildDir, 'documents-index.json'));
    expectFallback(loadCorpus(paths), /^The built corpus is stale: it was built in build format 1, this app reads format 3 \(rebuild with `npm run corpus -- build`\)\./u);
  });

  it('does not read the documents at load: a damaged document fails alone, when it is opened', async () => {
    const paths = await resources();
    const docsPath = join(paths.buildDir, 'documents.jsonl');
    const before = readFileSync(docsPath, 'utf8');
    // Same size, manifest untouched: the whole-file checksum would have caught this at load.
    writeFileSync(docsPath, before.replace('"id":"cnn"', '"id":"cnm"'));
    const service = loadCorpus(paths);
    expect(service.info()).toMatchObject({ status: 'ready', documentCount: 2, problem: null });
    expect(service.list().map((d) => d.id)).toEqual(['cnn', 'rail']);
    expect(service.list()[0]).toMatchObject({ title: TITLE, source: 'CNN', published: '2024-10-25', paragraphCount: 53 });
    expect(service.has('cnn')).toBe(true);
    expect(service.get('rail').title).toBe('How the new rail timetable changes your commute');
    const error = catchError(() => service.get('cnn'));
    expect(error).toBeInstanceOf(DossierError);
    expect(error).toMatchObject({ code: 'unavailable' });
    expect(error.message).toMatch(/“Are North Koreans.*” \(cnn\) cannot be opened: the built corpus is damaged.*Rebuild it with `npm run corpus -- build`\./u);
    expect(catchError(() => service.get('nope'))).toMatchObject({ code: 'not-found' });
    // Rebuilding the search index in memory skips the damaged document instead of failing.
    expect(service.loadAll().map((d) => d.id)).toEqual(['rail']);
  });

  it('lists from the index alone: documents.jsonl overwritten with blanks still loads, every get fails', async () => {
    const paths = await resources();
    const docsPath = join(paths.buildDir, 'documents.jsonl');
    writeFileSync(docsPath, ' '.repeat(statSync(docsPath).size));
    const service = loadCorpus(paths);
    expect(service.info().status).toBe('ready');
    expect(service.list().map((d) => d.id)).toEqual(['cnn', 'rail']);
    for (const id of ['cnn', 'rail']) expect(catchError(() => service.get(id))).toMatchObject({ code: 'unavailable' });
  });

  it('serves the same documents the build wrote, cached, and finds them by URL', async () => {
    const paths = await resources();
    writeFileSync(join(paths.sourceDir, 'rail.md.meta.json'), JSON.stringify({ url: 'https://example.org/rail' }));
    await buildCorpus({ inputs: [paths.sourceDir], outDir: paths.buildDir, cacheDir: null, workers: 0 });
    const written = readFileSync(join(paths.buildDir, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ProcessedDocument);
    const service = loadCorpus(paths);
    expect(service.info().status).toBe('ready');
    expect(service.get('cnn')).toEqual(written[0]);
    expect(service.get('cnn')).toBe(service.get('cnn'));
    expect(service.list()).toEqual(written.map((d) => summarize(d)));
    expect(service.findByUrl('https://example.org/rail')?.id).toBe('rail');
    expect(service.findByUrl('https://example.org/none')).toBeUndefined();
    expect(service.loadAll()).toEqual(written);
  });

  it('reports an empty corpus rather than a blank app when nothing can be read', () => {
    const root = tempDir();
    const service = loadCorpus({ sourceDir: join(root, 'corpus'), buildDir: join(root, 'corpus-build') });
    expect(service.info()).toMatchObject({ status: 'empty', documentCount: 0 });
    expect(service.info().problem).toMatch(/missing.*No bundled documents/u);
  });

  it('loads the repository build or falls back, never blank', () => {
    const service = loadCorpus({ sourceDir: join(SEED, '..'), buildDir: join(SEED, '../../corpus-build') });
    expect(['ready', 'fallback']).toContain(service.info().status);
    expect(service.get('cnn-2024-10-25-north-koreans-ukraine').title).toBe(TITLE);
  });
});
