import type { EntityType } from '../../shared/corpus';
import { entityId, nameKey } from '../corpus/tables/entity-names';
import { findExact } from './expand';
import { phraseStarts } from './hits';
import { ENTITY_FIELD, FIELDS, SEPARATOR_WORD, type FieldName, type FieldPostings, type IndexData, type StoredEntity } from './index-data';
import { indexTerm, tokenWordsCased } from './normalize';

/**
 * The analyst's entity corrections (issue 10) applied to a loaded index at query time, so
 * person:/org:/place: answer as corrected without rebuilding the bundled index. A correction
 * names a corpus entity; the core resolves it to the document-level keys that make up that
 * entity (entityId(type, nameKey(type, name)) of each alias) and sends those here. The index is
 * then rewritten only where it must be: the entity-field postings of the documents holding one
 * of those names, and those documents' stored entities (which mark person: hits). The token
 * stream stays as built, so phrases limited to entity fields are re-checked on the corrected
 * names of the changed documents (phraseCount).
 */
export interface EntityCorrection {
  /** A document entity's key: "person:tony blair" (entity-names.ts entityId + nameKey). */
  key: string;
  /** The type it now has, or null when it is rejected (no longer an entity at all). */
  type: EntityType | null;
  /**
   * Part of an entity the analyst merged: the names of that entity (its own and each merged
   * into it), which the document's entity fields then hold too, so person:"tony blair" finds
   * the stories that only say "the PM" (corrections/search-corrections.ts).
   */
  alsoNamed?: readonly string[];
}

const TYPE_OF_FIELD: Partial<Record<FieldName, EntityType>> = { person: 'person', org: 'organization', place: 'place' };
export const ENTITY_FIELDS = FIELDS.flatMap((f, i) => (TYPE_OF_FIELD[f] ? [i] : []));

export interface CorrectedIndex {
  data: IndexData;
  /** Documents whose entity fields changed. */
  changed: ReadonlySet<number>;
}

/** Key of a stored entity, as the corpus tables compute it. */
function keyOf(e: StoredEntity): string {
  if (e.key) return e.key;
  const type = TYPE_OF_FIELD[e.field]!;
  return entityId(type, nameKey(type, e.name));
}

/** Term frequencies of one entity field as buildIndexData counts them: distinct names, stems, then cased forms. */
export function entityFieldTf(data: IndexData, names: readonly string[]): Map<number, number> {
  const tf = new Map<number, number>();
  const cased = new Map<number, number>();
  for (const name of new Set(names)) {
    const piece = tokenWordsCased(name);
    piece.words.forEach((w, k) => {
      const stem = indexTerm(w);
      const t = stem === null ? -1 : findExact(data.terms, stem);
      if (t >= 0) tf.set(t, (tf.get(t) ?? 0) + 1);
      const c = piece.cased[k] ? findExact(data.terms, piece.cased[k]!) : -1;
      if (c >= 0) cased.set(c, (cased.get(c) ?? 0) + 1);
    });
  }
  for (const [c, n] of cased) tf.set(c, n);
  return tf;
}

/** Field length as BM25 sees it: indexed (non-stop) words of the distinct names. */
function fieldLength(names: readonly string[]): number {
  let n = 0;
  for (const name of new Set(names)) for (const w of tokenWordsCased(name).words) if (indexTerm(w) !== null) n++;
  return n;
}

/** Documents that may hold an entity with this key: those with the key's rarest word in the field; null = look at all. */
function candidates(data: IndexData, field: number, key: string): ArrayLike<number> | null {
  const words = tokenWordsCased(key.slice(key.indexOf(':') + 1)).words;
  const p = data.postings[field]!;
  let best: [number, number] | null = null;
  for (const w of words) {
    const stem = indexTerm(w);
    const t = stem === null ? -1 : findExact(data.terms, stem);
    if (t < 0) continue;
    const range: [number, number] = [p.offsets[t]!, p.offsets[t + 1]!];
    if (!best || range[1] - range[0] < best[1] - best[0]) best = range;
  }
  return best ? p.docs.subarray(best[0], best[1]) : null;
}

/** The index with the corrections applied, or null when they change nothing in it. */
export function correctIndex(data: IndexData, corrections: readonly EntityCorrection[]): CorrectedIndex | null {
  const byKey = new Map(corrections.map((c) => [c.key, c]));
  // Document → its corrected entity list.
  const corrected = new Map<number, StoredEntity[]>();
  const all = { length: data.docs.length } as ArrayLike<number>;
  for (const c of corrections) {
    const type = c.key.slice(0, c.key.indexOf(':')) as EntityType;
    const field = FIELDS.indexOf(ENTITY_FIELD[type]);
    if (field < 0) continue;
    const docs = candidates(data, field, c.key) ?? all;
    for (let i = 0; i < docs.length; i++) {
      const d = docs === all ? i : docs[i]!;
      if (corrected.has(d)) continue;
      let touched = false;
      const entities = data.docs.entities(d).flatMap((e) => {
        if (!TYPE_OF_FIELD[e.field]) return [e];
        const c = byKey.get(keyOf(e));
        if (c === undefined) return [e];
        touched = true;
        if (c.type === null) return [];
        const field = ENTITY_FIELD[c.type];
        const own = { ...e, field, key: keyOf(e) };
        return [own, ...(c.alsoNamed ?? []).filter((name) => name !== e.name).map((name) => ({ ...own, name }))];
      });
      if (touched) corrected.set(d, entities);
    }
  }
  if (corrected.size === 0) return null;

  const docs = data.docs.withEntities(corrected);
  const names = (entities: readonly StoredEntity[], field: FieldName) => entities.filter((e) => e.field === field).map((e) => e.name);
  const postings = data.postings.map((p, f) => {
    if (!ENTITY_FIELDS.includes(f)) return p;
    const field = FIELDS[f]!;
    const removed = new Map<number, Set<number>>();
    const added = new Map<number, [number, number][]>();
    const lengths = Uint32Array.from(p.lengths);
    let changed = false;
    for (const [d, entities] of corrected) {
      const before = names(data.docs.entities(d), field);
      const after = names(entities, field);
      if (before.length === after.length && before.every((n, i) => n === after[i])) continue;
      changed = true;
      for (const t of entityFieldTf(data, before).keys()) (removed.get(t) ?? removed.set(t, new Set()).get(t)!).add(d);
      for (const [t, n] of entityFieldTf(data, after)) (added.get(t) ?? added.set(t, []).get(t)!).push([d, n]);
      lengths[d] = fieldLength(after);
    }
    return changed ? rewritePostings(p, data.terms.length, removed, added, lengths) : p;
  });
  return { data: { ...data, docs, postings }, changed: new Set(corrected.keys()) };
}

/** New posting arrays: unchanged terms copied as they are, changed ones merged, documents kept ascending. */
function rewritePostings(p: FieldPostings, termCount: number, removed: Map<number, Set<number>>, added: Map<number, [number, number][]>, lengths: Uint32Array): FieldPostings {
  let extra = 0;
  for (const list of added.values()) extra += list.length;
  const offsets = new Uint32Array(termCount + 1);
  const docs = new Uint32Array(p.docs.length + extra);
  const tfs = new Uint16Array(p.docs.length + extra);
  let at = 0;
  for (let t = 0; t < termCount; t++) {
    offsets[t] = at;
    const lo = p.offsets[t]!;
    const hi = p.offsets[t + 1]!;
    const drop = removed.get(t);
    const put = added.get(t);
    if (!drop && !put) {
      docs.set(p.docs.subarray(lo, hi), at);
      tfs.set(p.tfs.subarray(lo, hi), at);
      at += hi - lo;
      continue;
    }
    const run: [number, number][] = [];
    for (let i = lo; i < hi; i++) if (!drop?.has(p.docs[i]!)) run.push([p.docs[i]!, p.tfs[i]!]);
    if (put) run.push(...put);
    run.sort((a, b) => a[0] - b[0]);
    for (const [d, n] of run) {
      docs[at] = d;
      tfs[at] = Math.min(n, 0xffff);
      at++;
    }
  }
  offsets[termCount] = at;
  let sum = 0;
  for (const v of lengths) sum += v;
  return { offsets, docs: docs.subarray(0, at), tfs: tfs.subarray(0, at), lengths, avgLength: lengths.length ? sum / lengths.length : 0 };
}

/** Word ids of a name's tokens (SEPARATOR_WORD for a word the index lacks). */
function wordIds(data: IndexData, name: string): Uint32Array {
  return Uint32Array.from(tokenWordsCased(name).words, (w) => {
    const i = findExact(data.words, w);
    return i < 0 ? SEPARATOR_WORD : i;
  });
}

/**
 * Occurrences of a phrase in document d within `fields`, the entity fields read from its
 * corrected names and the title and paragraphs from the token stream.
 */
export function phraseCount(data: IndexData, d: number, phrase: Uint32Array, fields: readonly number[]): number {
  let n = 0;
  const first = data.docSeg[d]!;
  const bodyEnd = data.docSeg[d + 1]! - ENTITY_FIELDS.length;
  for (let s = first; s < bodyEnd; s++) {
    const f = s === first ? FIELDS.indexOf('title') : FIELDS.indexOf('body');
    if (fields.includes(f)) n += phraseStarts(data.stream, data.segStart[s]!, data.segStart[s + 1]!, phrase).length;
  }
  const seen = new Set<string>();
  for (const e of data.docs.entities(d)) {
    const f = FIELDS.indexOf(e.field);
    if (!fields.includes(f) || seen.has(`${f}:${e.name}`)) continue;
    seen.add(`${f}:${e.name}`);
    const ids = wordIds(data, e.name);
    n += phraseStarts(ids, 0, ids.length, phrase).length;
  }
  return n;
}
