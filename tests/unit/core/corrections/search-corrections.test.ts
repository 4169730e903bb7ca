import { describe, expect, it } from 'vitest';
import { buildCorpusTables } from '../../../../src/core/corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource } from '../../../../src/core/corpus/tables/corpus-tables-service';
import { correctionView, nameOverrides } from '../../../../src/core/corrections/correction-view';
import { searchCorrections } from '../../../../src/core/corrections/search-corrections';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { deserializeIndex, serializeIndex } from '../../../../src/core/search/index-file';
import type { Correction } from '../../../../src/shared/corrections';
import type { ProcessedDocument } from '../../../../src/shared/corpus';
import { makeDoc } from '../corpus/tables/make-doc';

const docs: ProcessedDocument[] = [
  makeDoc({ id: 'a', paragraphs: ['Tony Blair spoke.'], entities: [{ name: 'Tony Blair', type: 'person' }] }),
  // Only the surname: the alias rules fold "Mr Blair" into Tony Blair before any merge.
  makeDoc({ id: 'b', paragraphs: ['Mr Blair spoke.'], entities: [{ name: 'Mr Blair', type: 'person' }] }),
  makeDoc({ id: 'c', paragraphs: ['Gordon Brown replied.'], entities: [{ name: 'Gordon Brown', type: 'person' }] }),
  makeDoc({ id: 'd', paragraphs: ['Kofi Annan listened.'], entities: [{ name: 'Kofi Annan', type: 'person' }] }),
  makeDoc({ id: 'e', paragraphs: ['Jacques Chirac listened.'], entities: [{ name: 'Jacques Chirac', type: 'person' }] }),
];

let n = 0;
const merge = (target: string, other: string, label: string): Correction => ({ id: `m${++n}`, kind: 'merge-entity', target, other, label, created: `2026-12-02T10:0${n}:00Z` });

/** What services.ts does: tables computed with the merges, then search's corrections from them. */
function engineWith(list: Correction[]): SearchEngine {
  const tables = createCorpusTablesService(memoryTablesSource(buildCorpusTables(docs, new Map(), nameOverrides(list))), () => []);
  const engine = new SearchEngine(deserializeIndex(serializeIndex(buildIndexData(docs))));
  engine.setCorrections(searchCorrections(list, correctionView(list, tables.resolveEntity), tables));
  return engine;
}

const ids = (e: SearchEngine, q: string) => e.search(q).results.map((r) => r.documentId).sort();

describe('person: after the analyst merges two entities', () => {
  it('before any merge, each name finds only its own documents (the alias rules reach no further in search)', () => {
    const engine = engineWith([]);
    expect(ids(engine, 'person:"gordon brown"')).toEqual(['c']);
    expect(ids(engine, 'person:"tony blair"')).toEqual(['a']);
  });

  it('the entity merged into finds the documents that only used the merged one’s aliases', () => {
    const engine = engineWith([merge('person:tony blair', 'person:gordon brown', 'Tony Blair')]);
    // b says only "Mr Blair", an alias folded into Tony Blair, not Tony Blair's own key.
    expect(ids(engine, 'person:"gordon brown"')).toEqual(['a', 'b', 'c']);
    expect(ids(engine, 'person:brown')).toEqual(['a', 'b', 'c']);
    // The hit in b is the mention of the name it used.
    expect(engine.documentHits('b', 'person:"gordon brown"')!.hits).toEqual([{ paragraphId: 'b-p0', start: 0, end: 8 }]);
  });

  it('the merged entity’s own name follows the merge too: it finds the other’s documents', () => {
    const engine = engineWith([merge('person:tony blair', 'person:gordon brown', 'Tony Blair')]);
    expect(ids(engine, 'person:"tony blair"')).toEqual(['a', 'b', 'c']);
    expect(ids(engine, 'person:"kofi annan"')).toEqual(['d']);
  });

  it('merges built on each other make one set of names', () => {
    const engine = engineWith([merge('person:kofi annan', 'person:jacques chirac', 'Kofi Annan'), merge('person:jacques chirac', 'person:gordon brown', 'Jacques Chirac')].reverse());
    for (const q of ['person:"gordon brown"', 'person:"kofi annan"', 'person:"jacques chirac"']) expect(ids(engine, q)).toEqual(['c', 'd', 'e']);
    expect(ids(engine, 'person:"tony blair"')).toEqual(['a']);
  });

  it('taking the merge back (no corrections) gives each name its own documents again', () => {
    const engine = engineWith([merge('person:tony blair', 'person:gordon brown', 'Tony Blair')]);
    engine.setCorrections([]);
    expect(ids(engine, 'person:"gordon brown"')).toEqual(['c']);
  });
});
