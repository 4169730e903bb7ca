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

describe('corrections in the JSON-LD export', () => {
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
