import { describe, expect, it } from 'vitest';
import { buildCorpusTables } from '../../../../src/core/corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource } from '../../../../src/core/corpus/tables/corpus-tables-service';
import { SearchEngine } from '../../../../src/core/search/engine';
import type { EntityCorrection } from '../../../../src/core/search/entity-corrections';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { deserializeIndex, serializeIndex } from '../../../../src/core/search/index-file';
import { searchAll, UserIndex } from '../../../../src/core/search/merged-search';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import { makeDoc } from '../corpus/tables/make-doc';

const docs: ProcessedDocument[] = [
  makeDoc({ id: 'a', paragraphs: ['Chelsea beat Arsenal. Tony Blair watched.'], entities: [{ name: 'Chelsea', type: 'person' }, { name: 'Tony Blair', type: 'person' }, { name: 'Arsenal', type: 'organization' }] }),
  makeDoc({ id: 'b', paragraphs: ['Chelsea lost. Mr Blair spoke.'], entities: [{ name: 'Chelsea', type: 'person' }, { name: 'Blair', type: 'person' }] }),
  makeDoc({ id: 'c', paragraphs: ['Chelsea Clinton visited London.'], entities: [{ name: 'Chelsea Clinton', type: 'person' }, { name: 'London', type: 'place' }] }),
];

/** What services.ts sends search: every name key of each corrected entity. */
function keys(id: string, type: EntityCorrection['type']): EntityCorrection[] {
  const tables = createCorpusTablesService(memoryTablesSource(buildCorpusTables(docs)), () => []);
  return tables.keysOf(id).map((key) => ({ key, type }));
}

const ids = (e: SearchEngine, q: string) => e.search(q).results.map((r) => r.documentId).sort();

describe('person:/org:/place: with the analyst’s corrections', () => {
  // The bundled index is loaded from its file (16-bit arrays), never rebuilt: test that form.
  const loaded = () => new SearchEngine(deserializeIndex(serializeIndex(buildIndexData(docs))));

  it('a rejected entity no longer matches person:, while the other person with that word still does', () => {
    const engine = loaded();
    expect(ids(engine, 'person:chelsea')).toEqual(['a', 'b', 'c']);
    engine.setCorrections(keys('person:chelsea', null));
    expect(ids(engine, 'person:chelsea')).toEqual(['c']);
    // The text still says Chelsea: a plain word search finds it as before.
    expect(ids(engine, 'chelsea')).toEqual(['a', 'b', 'c']);
    expect(ids(engine, 'person:"chelsea clinton"')).toEqual(['c']);
  });

  it('a retyped entity matches under its new type and not the old, and its mentions are marked for org:', () => {
    const engine = loaded();
    engine.setCorrections(keys('person:chelsea', 'organization'));
    expect(ids(engine, 'org:chelsea')).toEqual(['a', 'b']);
    expect(ids(engine, 'person:chelsea')).toEqual(['c']);
    expect(ids(engine, '+org:chelsea +org:arsenal')).toEqual(['a']);
    const hits = engine.documentHits('b', 'org:chelsea')!;
    expect(hits.matches).toBe(true);
    expect(hits.hits).toEqual([{ paragraphId: 'b-p0', start: 0, end: 7 }]);
    expect(engine.documentHits('b', 'person:chelsea')!.matches).toBe(false);
  });

  it('rejecting an alias-merged entity removes every one of its names ("Blair" and "Tony Blair")', () => {
    const engine = loaded();
    expect(keys('person:tony blair', null).map((k) => k.key).sort()).toEqual(['person:blair', 'person:tony blair']);
    engine.setCorrections(keys('person:tony blair', null));
    expect(ids(engine, 'person:blair')).toEqual([]);
    expect(ids(engine, 'person:"tony blair"')).toEqual([]);
    expect(ids(engine, 'person:chelsea')).toEqual(['a', 'b', 'c']);
  });

  it('phrases limited to an entity field follow the retype too', () => {
    const engine = loaded();
    engine.setCorrections(keys('person:chelsea clinton', 'place'));
    expect(ids(engine, 'place:"chelsea clinton"')).toEqual(['c']);
    expect(ids(engine, 'person:"chelsea clinton"')).toEqual([]);
    // And its mentions are marked under the new type.
    expect(engine.documentHits('c', 'place:"chelsea clinton"')!.hits).toEqual([{ paragraphId: 'c-p0', start: 0, end: 7 }, { paragraphId: 'c-p0', start: 8, end: 15 }]);
  });

  it('an entity merged into another is found by the other’s name too, and by its own', () => {
    const engine = loaded();
    expect(ids(engine, 'person:"chelsea clinton"')).toEqual(['c']);
    engine.setCorrections([{ key: 'person:chelsea', type: 'person', alsoNamed: ['Chelsea Clinton'] }]);
    expect(ids(engine, 'person:"chelsea clinton"')).toEqual(['a', 'b', 'c']);
    expect(ids(engine, 'person:clinton')).toEqual(['a', 'b', 'c']);
    expect(ids(engine, 'person:chelsea')).toEqual(['a', 'b', 'c']);
    // Its mentions are the hits of the name it joined.
    expect(engine.documentHits('b', 'person:clinton')!.hits).toEqual([{ paragraphId: 'b-p0', start: 0, end: 7 }]);
  });

  it('undoing (no corrections) gives the index as built', () => {
    const engine = loaded();
    engine.setCorrections(keys('person:chelsea', null));
    engine.setCorrections([]);
    expect(ids(engine, 'person:chelsea')).toEqual(['a', 'b', 'c']);
  });

  it('applies to the analyst’s added documents, including ones added after the correction', () => {
    const bundled = loaded();
    const user = new UserIndex();
    const corrections = keys('person:chelsea', null);
    bundled.setCorrections(corrections);
    user.setCorrections(corrections);
    user.update([makeDoc({ id: 'u', paragraphs: ['Chelsea again.'], entities: [{ name: 'Chelsea', type: 'person' }] })]);
    const found = searchAll([bundled, ...user.engines], 'person:chelsea').results.map((r) => r.documentId);
    expect(found).toEqual(['c']);
  });
});
