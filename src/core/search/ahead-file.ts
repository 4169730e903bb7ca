import type { AheadResult } from './ranked-ahead';
import { frameStart, readFrame, readWholeFile, type FrameProblems } from './binary-frame';
import { replaceFile } from './replace-file';
import { StringTable } from './string-table';

/**
 * The heavy queries' results ranked ahead (ranked-ahead.ts), kept beside the index they were
 * ranked on (search-ahead.bin), so the search worker reads them in a few milliseconds instead
 * of ranking them again after every launch (7–17 s of a core at 100,000 documents).
 *
 *   "DSRCHAH1" | u32 header length | header JSON | padding to 8 | sections, each at a multiple of 8
 *
 * The header names the index (its content hash, index-file.ts) and the ranking code
 * (RANKING_VERSION); a file for another index or other ranking is not used, and the worker
 * ranks ahead itself as before. Results shared by several plans are stored once; plan keys and
 * term keys are string tables with an open-addressing hash table of their own (keys share
 * long prefixes, so a binary search compared a dozen of them to the 20th character and more),
 * so loading makes no string or object per query.
 */

export const AHEAD_FILE = 'search-ahead.bin';
const MAGIC = 'DSRCHAH1';
const FORMAT = 1;
/**
 * What ranked the results: bump it with any change to scoring, word forms, query parsing,
 * what a plan key means or what a plan expands to (2: type-ahead prefixes read at most 100,000
 * postings, not 150,000), so results ranked by other code are never served as this code's.
 * (tests/unit/core/search/ahead-file.test.ts pins the scores that go with it.)
 */
export const RANKING_VERSION = 2;

/** The results ranked ahead for one index: by plan key and by resolved terms (ranked-ahead.ts). */
export interface AheadTables {
  byPlan: ReadonlyMap<string, AheadResult>;
  byTerms: ReadonlyMap<string, AheadResult>;
}

/** Looks results up by either key; what the engine asks of results ranked ahead, in memory or from a file. */
export interface AheadLookup {
  plan(key: string): AheadResult | undefined;
  terms(key: string): AheadResult | undefined;
  /** How many plans have results. */
  readonly size: number;
}

type Dtype = 'u16' | 'u32' | 'i32' | 'f64';
type Typed = Uint16Array | Uint32Array | Int32Array | Float64Array;
interface SectionInfo { name: string; dtype: Dtype; offset: number; length: number }
interface Header { format: number; ranking: number; index: string; sections: SectionInfo[] }
const WIDTH: Record<Dtype, number> = { u16: 2, u32: 4, i32: 4, f64: 8 };
const dtypeOf = (a: Typed): Dtype => (a instanceof Uint16Array ? 'u16' : a instanceof Uint32Array ? 'u32' : a instanceof Int32Array ? 'i32' : 'f64');

/** FNV-1a over a key's UTF-16 code units. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Slots for `count` keys: a power of two at least twice as many, so probes stay short. */
function slotCount(count: number): number {
  let n = 2;
  while (n < count * 2) n *= 2;
  return n;
}

/**
 * Sorted keys as a string table of 16-bit units (keys hold separators and any letters), each
 * key's result, and the hash slots (key index + 1; 0 is empty), probed linearly.
 */
function keySections(name: string, map: ReadonlyMap<string, AheadResult>, resultOf: Map<AheadResult, number>): [string, Typed][] {
  const keys = [...map.keys()].sort();
  let total = 0;
  for (const k of keys) total += k.length;
  const units = new Uint16Array(total);
  const starts = new Uint32Array(keys.length + 1);
  const result = new Uint32Array(keys.length);
  let at = 0;
  keys.forEach((k, i) => {
    starts[i] = at;
    for (let c = 0; c < k.length; c++) units[at++] = k.charCodeAt(c);
    result[i] = resultOf.get(map.get(k)!)!;
  });
  starts[keys.length] = at;
  const slots = new Uint32Array(slotCount(keys.length));
  const mask = slots.length - 1;
  keys.forEach((k, i) => {
    let h = hashKey(k) & mask;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = i + 1;
  });
  return [
    [`${name}.units`, units],
    [`${name}.starts`, starts],
    [`${name}.result`, result],
    [`${name}.slots`, slots],
  ];
}

/** A section to write: its type and length known up front (for the header), its bytes made as written. */
interface Section { name: string; dtype: Dtype; length: number; chunks: () => Iterable<Typed> }
const whole = (name: string, a: Typed): Section => ({ name, dtype: dtypeOf(a), length: a.length, chunks: () => [a] });

/**
 * The bytes of search-ahead.bin for `tables`, ranked on the index whose content hash is
 * `index`, chunk by chunk: the results' documents and scores are written from the results
 * themselves, never gathered into one more copy (at 100,000 documents they are 60 MB, and the
 * corpus build's peak memory is what limits how large a corpus it can build).
 */
export function* encodeAhead(tables: AheadTables, index: string): Generator<Uint8Array> {
  const results: AheadResult[] = [];
  const resultOf = new Map<AheadResult, number>();
  for (const map of [tables.byPlan, tables.byTerms]) {
    for (const r of map.values()) {
      if (resultOf.has(r)) continue;
      resultOf.set(r, results.length);
      results.push(r);
    }
  }
  const offsets = new Uint32Array(results.length + 1);
  const totals = new Uint32Array(results.length);
  const copyOffsets = new Uint32Array(results.length + 1);
  let n = 0;
  let copyLength = 0;
  results.forEach((r, i) => {
    offsets[i] = n;
    n += r.ranked.length;
    totals[i] = r.total;
    copyOffsets[i] = copyLength;
    if (r.copies) for (const list of r.copies.values()) copyLength += 2 + list.length;
  });
  offsets[results.length] = n;
  copyOffsets[results.length] = copyLength;
  // Per result, its copies as runs of [representative, count, members…] (few: only duplicates).
  const copies = new Int32Array(copyLength);
  let c = 0;
  for (const r of results) {
    if (!r.copies) continue;
    for (const [rep, list] of r.copies) {
      copies[c++] = rep;
      copies[c++] = list.length;
      for (const d of list) copies[c++] = d;
    }
  }
  const sections: Section[] = [
    whole('result.offsets', offsets),
    { name: 'result.ranked', dtype: 'i32', length: n, chunks: () => results.map((r) => r.ranked) },
    { name: 'result.scores', dtype: 'f64', length: n, chunks: () => results.map((r) => r.scores) },
    whole('result.totals', totals),
    whole('result.copyOffsets', copyOffsets),
    whole('result.copies', copies),
    ...keySections('plan', tables.byPlan, resultOf).map(([name, a]) => whole(name, a)),
    ...keySections('terms', tables.byTerms, resultOf).map(([name, a]) => whole(name, a)),
  ];
  const infos: SectionInfo[] = [];
  let offset = 0;
  for (const { name, dtype, length } of sections) {
    infos.push({ name, dtype, offset, length });
    offset = Math.ceil((offset + length * WIDTH[dtype]) / 8) * 8;
  }
  const header: Header = { format: FORMAT, ranking: RANKING_VERSION, index, sections: infos };
  yield frameStart(MAGIC, JSON.stringify(header)).bytes;
  let written = 0;
  for (const [i, s] of sections.entries()) {
    const pad = infos[i]!.offset - written;
    if (pad > 0) yield new Uint8Array(pad);
    written = infos[i]!.offset;
    for (const a of s.chunks()) {
      yield new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      written += a.byteLength;
    }
  }
}

/** Writes search-ahead.bin beside its index (to a temporary name, then renamed); its size in bytes. */
export function writeAheadFile(path: string, tables: AheadTables, index: string): number {
  return replaceFile(path, (sink) => {
    let size = 0;
    for (const bytes of encodeAhead(tables, index)) {
      sink(bytes);
      size += bytes.byteLength;
    }
    return size;
  });
}

/** Why a search-ahead.bin is not used (the worker then ranks ahead itself). */
export class AheadFileUnusable extends Error {}

const AHEAD_PROBLEMS: FrameProblems = {
  notOurs: () => new AheadFileUnusable('not a file of results ranked ahead'),
  truncated: () => new AheadFileUnusable('truncated'),
  damagedHeader: () => new AheadFileUnusable('damaged header'),
  tooLarge: (size) => new AheadFileUnusable(`${size.toLocaleString('en')} bytes, more than one buffer holds`),
};

/**
 * Reads search-ahead.bin bytes: the results ranked for the index whose content hash is `index`
 * and which holds `documents` documents (every document number in the file is checked against
 * it, so a damaged file is refused rather than naming documents that do not exist).
 */
export function decodeAhead(input: Uint8Array, index: string, documents: number): AheadLookup {
  // Typed-array views need aligned offsets; copy once if the buffer arrived misaligned.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const frame = readFrame(bytes, MAGIC, AHEAD_PROBLEMS);
  const header = frame.header as Header;
  const base = frame.base;
  if (header.format !== FORMAT || header.ranking !== RANKING_VERSION) throw new AheadFileUnusable('ranked by another version of Dossier');
  if (header.index !== index) throw new AheadFileUnusable('ranked for another index');
  const byName = new Map((Array.isArray(header.sections) ? header.sections : []).map((s) => [s.name, s]));
  const view = <T extends Typed>(name: string, dtype: Dtype, make: (buffer: ArrayBufferLike, at: number, length: number) => T): T => {
    const s = byName.get(name);
    if (!s || s.dtype !== dtype || !Number.isInteger(s.offset) || !Number.isInteger(s.length) || s.offset < 0 || s.length < 0 || s.offset % 8 !== 0) throw new AheadFileUnusable(`damaged (${name})`);
    if (base + s.offset + s.length * WIDTH[dtype] > bytes.byteLength) throw new AheadFileUnusable('truncated');
    return make(bytes.buffer, bytes.byteOffset + base + s.offset, s.length);
  };
  const u32 = (name: string) => view(name, 'u32', (b, at, n) => new Uint32Array(b, at, n));
  const offsets = u32('result.offsets');
  const ranked = view('result.ranked', 'i32', (b, at, n) => new Int32Array(b, at, n));
  const scores = view('result.scores', 'f64', (b, at, n) => new Float64Array(b, at, n));
  const totals = u32('result.totals');
  const copyOffsets = u32('result.copyOffsets');
  const copies = view('result.copies', 'i32', (b, at, n) => new Int32Array(b, at, n));
  const count = totals.length;
  const ascending = (a: Uint32Array, end: number) => {
    for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
    return a[a.length - 1] === end;
  };
  if (offsets.length !== count + 1 || copyOffsets.length !== count + 1 || scores.length !== ranked.length || !ascending(offsets, ranked.length) || !ascending(copyOffsets, copies.length)) {
    throw new AheadFileUnusable('damaged (results)');
  }
  for (const d of ranked) if (!(d >= 0 && d < documents)) throw new AheadFileUnusable('damaged (document numbers)');
  for (let r = 0; r < count; r++) {
    for (let at = copyOffsets[r]!; at < copyOffsets[r + 1]!; ) {
      const n = copies[at + 1]!;
      const end = at + 2 + n;
      if (!(n >= 0 && end <= copyOffsets[r + 1]!)) throw new AheadFileUnusable('damaged (copies)');
      for (let k = at; k < end; k++) if (k !== at + 1 && !(copies[k]! >= 0 && copies[k]! < documents)) throw new AheadFileUnusable('damaged (document numbers)');
      at = end;
    }
  }
  const keys = (name: string) => {
    const units = view(`${name}.units`, 'u16', (b, at, n) => new Uint16Array(b, at, n));
    const starts = u32(`${name}.starts`);
    const result = u32(`${name}.result`);
    const slots = u32(`${name}.slots`);
    if (starts.length !== result.length + 1 || !ascending(starts, units.length) || result.some((r) => r >= count)) throw new AheadFileUnusable(`damaged (${name})`);
    // Every key in one slot, and an empty slot to end each probe.
    let used = 0;
    for (const v of slots) if (v !== 0) used++;
    if (slots.length !== slotCount(result.length) || used !== result.length || slots.some((v) => v > result.length)) throw new AheadFileUnusable(`damaged (${name})`);
    return { table: new StringTable(units, starts), result, slots };
  };
  const plans = keys('plan');
  const terms = keys('terms');
  // Each result is made once, when first asked for: views into the file's bytes.
  const made: (AheadResult | undefined)[] = new Array(count);
  const result = (r: number): AheadResult => {
    let found = made[r];
    if (found) return found;
    let map: Map<number, number[]> | null = null;
    for (let at = copyOffsets[r]!; at < copyOffsets[r + 1]!; ) {
      const rep = copies[at]!;
      const n = copies[at + 1]!;
      (map ??= new Map()).set(rep, Array.from(copies.subarray(at + 2, at + 2 + n)));
      at += 2 + n;
    }
    found = { ranked: ranked.subarray(offsets[r]!, offsets[r + 1]!), scores: scores.subarray(offsets[r]!, offsets[r + 1]!), total: totals[r]!, copies: map };
    made[r] = found;
    return found;
  };
  const find = ({ table, result: of, slots }: { table: StringTable; result: Uint32Array; slots: Uint32Array }, key: string) => {
    const mask = slots.length - 1;
    for (let h = hashKey(key) & mask; slots[h] !== 0; h = (h + 1) & mask) {
      const i = slots[h]! - 1;
      if (table.compare(i, key) === 0) return result(of[i]!);
    }
    return undefined;
  };
  return { plan: (key) => find(plans, key), terms: (key) => find(terms, key), size: plans.table.length };
}

/**
 * Reads search-ahead.bin for the index whose content hash is `index` (of `documents` documents). Throws AheadFileUnusable
 * (or a file system error) when it cannot be used; the caller ranks ahead itself then.
 */
export function readAheadFile(path: string, index: string, documents: number): AheadLookup {
  return decodeAhead(readWholeFile(path, AHEAD_PROBLEMS), index, documents);
}

/** Results ranked ahead in this process, as a lookup that follows the maps as they fill. */
export function aheadInMemory(tables: AheadTables): AheadLookup {
  return {
    plan: (key) => tables.byPlan.get(key),
    terms: (key) => tables.byTerms.get(key),
    get size() {
      return tables.byPlan.size;
    },
  };
}
