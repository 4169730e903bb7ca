import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAnnotationStore, type SqliteStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import { createCorrectionStore } from '../../../../src/core/corrections/correction-store';
import { createExportService } from '../../../../src/core/export/export-service';
import { FIXED_NOW, fixedIds, fixtureCorpus, FIXTURE_ANNOTATIONS } from './fixtures';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function database() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-corrections-export-'));
  dirs.push(dir);
  const store = openAnnotationStore({ path: join(dir, 'annotations.sqlite') });
  stores.push(store);
  const corrections = createCorrectionStore(store.database);
  const service = createExportService({ corpus: fixtureCorpus(), store, platform: { name: 'web' }, now: () => FIXED_NOW, randomId: fixedIds(), corrections });
  return { store, corrections, service };
}

/** One of every kind, as an analyst would leave them. */
function correctEverything(corrections: ReturnType<typeof database>['corrections']) {
  corrections.add({ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' });
  corrections.add({ kind: 'retype-entity', target: 'person:kursk', type: 'place', label: 'Kursk' });
  corrections.add({ kind: 'merge-entity', target: 'person:kim', other: 'person:kim jong un', label: 'Kim' });
  corrections.add({ kind: 'split-alias', target: 'person:blair', other: 'person:tony blair', label: 'Blair' });
  corrections.add({ kind: 'quote-speaker', target: 'cnn-story#p-0123456789ab@4', attribution: 'John Kirby', label: '“We are seeing”' });
  corrections.add({ kind: 'figure-claimant', target: 'cnn-story#p-0123456789ab@40', attribution: null, label: '3,000 soldiers' });
}

describe('corrections in the Markdown, CSV and HTML exports', () => {
  it('a whole export lists every correction after the notes, in words; a one-document export does not', async () => {
    const from = database();
    from.store.merge(FIXTURE_ANNOTATIONS);
    correctEverything(from.corrections);
    const md = (await from.service.exportFile({ format: 'markdown', scope: { all: true } })).data;
    expect(md).toContain('# Corrections to extraction');
    expect(md).toContain('- Chelsea: Rejected: not an entity');
    expect(md).toContain('- Kim: Merged into kim jong un');
    expect(md).toContain('- Blair: Split off tony blair');
    expect(md).toContain('Quote said by John Kirby');
    expect(md).toContain('- 3,000 soldiers: Figure left unattributed');
    expect(md.indexOf('# Corrections to extraction')).toBeGreaterThan(md.indexOf(FIXTURE_ANNOTATIONS[0]!.target.quote.exact.slice(0, 20)));

    const csv = (await from.service.exportFile({ format: 'csv', scope: { all: true } })).data;
    const lines = csv.split('\r\n');
    const header = lines.indexOf('corrected,correction,target,created,correction id');
    expect(header).toBeGreaterThan(1);
    expect(lines[header - 1]).toBe('');
    expect(lines.slice(header + 1).filter(Boolean)).toHaveLength(6);
    expect(csv).toContain('Kursk,Type changed to place,person:kursk,');

    const html = (await from.service.exportFile({ format: 'html', scope: { all: true } })).data;
    expect(html).toContain('<h2>Corrections to extraction</h2>');
    expect(html).toContain('<strong>“We are seeing”</strong>: Quote said by John Kirby');

    const one = (await from.service.exportFile({ format: 'markdown', scope: { documentId: FIXTURE_ANNOTATIONS[0]!.target.documentId } })).data;
    expect(one).not.toContain('Corrections to extraction');
  });
});

describe('corrections in the JSON-LD export', () => {
  it('every kind round-trips with the notes: exported, imported elsewhere, the same list', async () => {
    const from = database();
    from.store.merge(FIXTURE_ANNOTATIONS);
    correctEverything(from.corrections);
    const file = (await from.service.exportFile({ format: 'jsonld', scope: { all: true } })).data;
    const to = database();
    const report = to.service.importText(file);
    expect(report.added).toBe(FIXTURE_ANNOTATIONS.length);
    expect(report.correctionsAdded).toBe(6);
    expect(to.corrections.list()).toEqual(from.corrections.list());
    expect(to.store.list().map((a) => a.note).sort()).toEqual(from.store.list().map((a) => a.note).sort());
  });

  it('a whole export carries them with the notes; importing it into another database brings both, once', async () => {
    const from = database();
    from.store.merge(FIXTURE_ANNOTATIONS);
    from.corrections.add({ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' });
    from.corrections.add({ kind: 'retype-entity', target: 'person:kursk', type: 'place', label: 'Kursk' });
    const file = (await from.service.exportFile({ format: 'jsonld', scope: { all: true } })).data;

    const to = database();
    const report = to.service.importText(file);
    expect(report.added).toBe(FIXTURE_ANNOTATIONS.length);
    expect(report.correctionsAdded).toBe(2);
    expect(report.summary).toMatch(/2 corrections added$/u);
    expect(to.corrections.list()).toEqual(from.corrections.list());
    // Importing the same file again adds nothing.
    expect(to.service.importText(file).correctionsAdded).toBeUndefined();
    expect(to.corrections.list()).toHaveLength(2);
  });

  it('a one-document export leaves them out; a damaged one is skipped with its reason', async () => {
    const from = database();
    from.store.merge(FIXTURE_ANNOTATIONS);
    from.corrections.add({ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' });
    const one = (await from.service.exportFile({ format: 'jsonld', scope: { documentId: FIXTURE_ANNOTATIONS[0]!.target.documentId } })).data;
    expect(one).not.toContain('dossierCorrections');

    const all = JSON.parse((await from.service.exportFile({ format: 'jsonld', scope: { all: true } })).data) as Record<string, unknown>;
    all.dossierCorrections = [...(all.dossierCorrections as unknown[]), { kind: 'reject-entity', target: 'nobody', label: 'x', id: 'bad', created: 'never' }];
    const to = database();
    const report = to.service.importText(JSON.stringify(all));
    expect(report.correctionsAdded).toBe(1);
    expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'correction 2' })]));
  });
});

describe('corrections without any notes', () => {
  it('a whole export in every text format carries them, and says how many', async () => {
    const from = database();
    correctEverything(from.corrections);
    const md = await from.service.exportFile({ format: 'markdown', scope: { all: true } });
    expect(md).toMatchObject({ count: 0, corrections: 6 });
    expect(md.data).toContain('# Corrections to extraction');
    expect(md.data).toContain('- Chelsea: Rejected: not an entity');
    const csv = (await from.service.exportFile({ format: 'csv', scope: { all: true } })).data.split('\r\n');
    const header = csv.indexOf('corrected,correction,target,created,correction id');
    expect(header).toBeGreaterThanOrEqual(0);
    expect(csv.slice(header + 1).filter(Boolean)).toHaveLength(6);
    const html = (await from.service.exportFile({ format: 'html', scope: { all: true } })).data;
    expect(html).toContain('<strong>“We are seeing”</strong>: Quote said by John Kirby');
    const jsonld = (await from.service.exportFile({ format: 'jsonld', scope: { all: true } })).data;
    expect(jsonld).toContain('dossierCorrections');
  });

  it('the JSON-LD export imports into another database: the same corrections, no notes', async () => {
    const from = database();
    correctEverything(from.corrections);
    const file = (await from.service.exportFile({ format: 'jsonld', scope: { all: true } })).data;
    const to = database();
    const report = to.service.importText(file);
    expect(report.added).toBe(0);
    expect(report.correctionsAdded).toBe(6);
    expect(report.summary).toMatch(/6 corrections added$/u);
    expect(to.corrections.list()).toEqual(from.corrections.list());
    expect(to.store.list()).toEqual([]);
  });

  it('with neither notes nor corrections there is nothing to export, and it says so', async () => {
    const empty = database();
    await expect(empty.service.exportFile({ format: 'markdown', scope: { all: true } })).rejects.toThrow('There are no annotations or corrections to export yet.');
  });
});
