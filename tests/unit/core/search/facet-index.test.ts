import { describe, expect, it } from 'vitest';
import { DocTable, type StoredDocMeta, type StoredEntity } from '../../../../src/core/search/doc-table';
import { FacetIndex } from '../../../../src/core/search/facet-index';
import { EntityKeys, type EntityAliases, type FacetCounts, type FacetRequest } from '../../../../src/core/search/facets';
import type { FieldName } from '../../../../src/core/search/fields';

/**
 * The facet counting as it was before FacetIndex (reading every match's strings): the reference
 * the typed version must agree with, value for value.
 */
function reference(docs: DocTable, matches: Iterable<number>, req: FacetRequest, aliases: EntityAliases, keys: EntityKeys): { kept: number[]; counts: FacetCounts | null } {
  const count = () => {
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    return {
      counts,
      add(value: string, group: string | undefined) {
        if (group !== undefined) {
          if (seen.has(`${value}\u0000${group}`)) return;
          seen.add(`${value}\u0000${group}`);
        }
        counts.set(value, (counts.get(value) ?? 0) + 1);
      },
    };
  };
  const noted = new Set(req.noted);
  const [sources, years, entities, notedCount] = [count(), count(), count(), count()];
  const kept: number[] = [];
  for (const d of matches) {
    const published = docs.published(d);
    const metaSource = docs.source(d);
    const year = published?.slice(0, 4) ?? null;
    const source = !req.source || metaSource === req.source;
    const inYears = (!req.fromYear && !req.toYear) || (year !== null && (!req.fromYear || year >= req.fromYear) && (!req.toYear || year <= req.toYear));
    const hasNotes = noted.has(docs.id(d));
    const notes = !req.hasNotes || hasNotes;
    const roots = new Set<string>();
    docs.forEachEntity(d, (field, name, key) => {
      if (field !== 'person' && field !== 'org' && field !== 'place') return;
      const k = keys.of(field, name, key);
      roots.add(aliases.get(k) ?? k);
    });
    const entity = !req.entity || roots.has(req.entity);
    if (source && inYears && entity && notes) kept.push(d);
    if (!req.counts) continue;
    const group = docs.group(d);
    if (inYears && entity && notes && metaSource) sources.add(metaSource, group);
    if (source && entity && notes && year) years.add(year, group);
    if (source && inYears && notes) for (const r of roots) entities.add(r, group);
    if (source && inYears && entity && hasNotes) notedCount.add('', group);
  }
  if (!req.counts) return { kept, counts: null };
  return { kept, counts: { sources: [...sources.counts], years: [...years.counts], entities: [...entities.counts], noted: notedCount.counts.get('') ?? 0 } };
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS_USED: FieldName[] = ['person', 'org', 'place', 'title'];
const NAMES = ['Tony Blair', 'Blair', 'London', 'Paris', 'BBC', 'Mr Brown', 'Gordon Brown', 'Chelsea', ''];
const SOURCES = [null, '', 'Wire', 'Post', 'BBC'];
const DATES = [null, '', '2003-01-02', '2003-11-30', '2004-05-06', '2005', '1999-12-31'];

function corpus(rand: () => number, n: number): StoredDocMeta[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: n }, (_, d) => {
    const entities: StoredEntity[] = Array.from({ length: Math.floor(rand() * 5) }, () => ({ field: pick(FIELDS_USED), name: pick(NAMES), mentions: [], ...(rand() < 0.15 ? { key: pick(['person:tony blair', 'org:bbc', '']) } : {}) }));
    const meta: StoredDocMeta = { id: `doc-${d}`, title: `Title ${d}`, source: pick(SOURCES), published: pick(DATES), paragraphIds: 'p1', entities };
    if (rand() < 0.3) meta.group = pick(['g1', 'g2', 'g3', '']);
    return meta;
  });
}

const sorted = (pairs: [string, number][] | undefined) => [...(pairs ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

describe('FacetIndex', () => {
  it('gives the same matches and counts as reading every document’s strings, under any request', () => {
    const rand = random(15);
    for (let round = 0; round < 40; round++) {
      const metas = corpus(rand, 1 + Math.floor(rand() * 60));
      const loaded = DocTable.from(metas);
      const keys = new EntityKeys();
      const index = new FacetIndex(loaded.columns, keys);
      // Some documents' entities corrected: the table overrides them, the columns stay.
      const changed = new Map<number, StoredEntity[]>();
      for (let d = 0; d < metas.length; d++) if (rand() < 0.1) changed.set(d, [{ field: 'person', name: rand() < 0.5 ? 'Gordon Brown' : 'Someone New', mentions: [] }]);
      const docs = changed.size ? loaded.withEntities(changed) : loaded;
      const aliases: EntityAliases = new Map(rand() < 0.7 ? [['person:blair', 'person:tony blair'], ['person:brown', 'person:gordon brown'], ['place:paris', 'place:france']] : []);
      for (let q = 0; q < 6; q++) {
        const matches = [...metas.keys()].filter(() => rand() < 0.7);
        const notedIds = metas.filter(() => rand() < 0.2).map((m) => m.id);
        const req: FacetRequest = {
          source: rand() < 0.3 ? (['Wire', 'Post', 'Nowhere', ''] as const)[Math.floor(rand() * 4)]! : null,
          fromYear: rand() < 0.3 ? '2003' : null,
          toYear: rand() < 0.3 ? '2004' : null,
          entity: rand() < 0.3 ? (['person:tony blair', 'place:france', 'person:someone new', 'org:bbc', 'place:nowhere', ''] as const)[Math.floor(rand() * 6)]! : null,
          hasNotes: rand() < 0.2,
          noted: notedIds,
          counts: rand() < 0.8,
        };
        const noted = new Set(notedIds.map((id) => Number(id.slice(4))));
        const want = reference(docs, matches, req, aliases, keys);
        const got = index.apply(docs, matches, req, aliases, noted, new Set(changed.keys()));
        expect(got.kept).toEqual(want.kept);
        if (!want.counts) {
          expect(got.counts).toBeNull();
          continue;
        }
        expect(got.counts!.noted).toBe(want.counts.noted);
        expect(sorted(got.counts!.sources)).toEqual(sorted(want.counts.sources));
        expect(sorted(got.counts!.years)).toEqual(sorted(want.counts.years));
        expect(sorted(got.counts!.entities)).toEqual(sorted(want.counts.entities));
      }
    }
  });

  it('counts a group of copies once per value, and an alias under its root', () => {
    const docs = DocTable.from([
      { id: 'a', title: 'a', source: 'Wire', published: '2003-01-02', paragraphIds: '', entities: [{ field: 'person', name: 'Blair', mentions: [] }], group: 'g' },
      { id: 'b', title: 'b', source: 'Wire', published: '2003-01-02', paragraphIds: '', entities: [{ field: 'person', name: 'Blair', mentions: [] }], group: 'g' },
      { id: 'c', title: 'c', source: 'Post', published: '2004-01-02', paragraphIds: '', entities: [{ field: 'person', name: 'Tony Blair', mentions: [] }] },
    ]);
    const index = new FacetIndex(docs.columns, new EntityKeys());
    const req: FacetRequest = { source: null, fromYear: null, toYear: null, entity: null, hasNotes: false, noted: [], counts: true };
    const r = index.apply(docs, [0, 1, 2], req, new Map([['person:blair', 'person:tony blair']]), new Set([1]), new Set());
    expect(Object.fromEntries(r.counts!.sources)).toEqual({ Wire: 1, Post: 1 });
    expect(Object.fromEntries(r.counts!.entities)).toEqual({ 'person:tony blair': 2 });
    expect(r.counts!.noted).toBe(1);
    const narrowed = index.apply(docs, [0, 1, 2], { ...req, entity: 'person:tony blair', fromYear: '2004' }, new Map([['person:blair', 'person:tony blair']]), new Set(), new Set());
    expect(narrowed.kept).toEqual([2]);
  });
});
