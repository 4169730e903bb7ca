import { copyFileSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../src/core/corpus/build-corpus';
import { loadCorpus } from '../../../../src/core/corpus/load-corpus';
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

    const badLine = await resources();
    const docsPath = join(badLine.buildDir, 'documents.jsonl');
    writeFileSync(docsPath, readFileSync(docsPath, 'utf8').replace('"id":"cnn"', '"id":"cnm"'));
    expectFallback(loadCorpus(badLine), /^The built corpus is corrupt: documents\.jsonl does not match its checksum\./u);

    const wrongCount = await resources();
    const m = JSON.parse(readFileSync(join(wrongCount.buildDir, 'manifest.json'), 'utf8'));
    writeFileSync(join(wrongCount.buildDir, 'manifest.json'), JSON.stringify({ ...m, documentCount: 3 }));
    expectFallback(loadCorpus(wrongCount), /corrupt: documents\.jsonl holds 2 documents, the manifest says 3/u);

    const truncated = await resources();
    rmSync(join(truncated.buildDir, 'documents.jsonl'));
    expectFallback(loadCorpus(truncated), /corrupt: documents\.jsonl is missing/u);
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
