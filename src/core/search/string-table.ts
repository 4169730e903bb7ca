import { IndexLimitError } from './index-limit';

/**
 * A list of strings packed as UTF-16 code units in one typed array, string i being
 * units[starts[i] .. starts[i+1]). The index file stores the two arrays as they are, so a loaded
 * list is two views of the file's bytes: no decode and no string per entry at load (issue 15: the
 * 626,612 terms of 45x BBC as an array of strings were a third of the load and most of its
 * garbage collection). Entries are decoded one at a time when asked for.
 *
 * Code units, not UTF-8: comparing units compares as JavaScript compares strings, so a list
 * sorted with Array.prototype.sort is sorted here too and a binary search needs no decoding.
 * Units narrow to one byte when every unit is below 256 (most vocabularies).
 */
export type Units = Uint8Array | Uint16Array;

/** Most code units one table can hold (starts are 32-bit). */
export const MAX_UNITS = 0xffffffff;

export class StringTable {
  constructor(
    readonly units: Units,
    /** length + 1 offsets into `units`, ascending. */
    readonly starts: Uint16Array | Uint32Array,
  ) {}

  static from(list: Iterable<string>): StringTable {
    const all = Array.isArray(list) ? (list as readonly string[]) : [...list];
    let total = 0;
    let wide = false;
    for (const s of all) {
      total += s.length;
      if (!wide) for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0xff) wide = true;
    }
    if (total > MAX_UNITS) throw new IndexLimitError(`The corpus has more than ${MAX_UNITS.toLocaleString('en')} characters in one list of the search index, the most it can hold; build it in parts.`);
    const units = wide ? new Uint16Array(total) : new Uint8Array(total);
    const starts = new Uint32Array(all.length + 1);
    let at = 0;
    all.forEach((s, i) => {
      starts[i] = at;
      for (let k = 0; k < s.length; k++) units[at++] = s.charCodeAt(k);
    });
    starts[all.length] = at;
    return new StringTable(units, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** String i ('' past the end). */
  get(i: number): string {
    if (!(i >= 0 && i < this.length)) return '';
    const from = this.starts[i]!;
    const to = this.starts[i + 1]!;
    // fromCharCode takes its arguments on the stack: long entries go in slices.
    if (to - from <= 4096) return String.fromCharCode.apply(null, this.units.subarray(from, to) as unknown as number[]);
    let out = '';
    for (let at = from; at < to; at += 4096) out += String.fromCharCode.apply(null, this.units.subarray(at, Math.min(to, at + 4096)) as unknown as number[]);
    return out;
  }

  /** Length of string i in code units. */
  lengthOf(i: number): number {
    return this.starts[i + 1]! - this.starts[i]!;
  }

  /** String i compared with `key` as JavaScript compares strings (negative: string i sorts first). */
  compare(i: number, key: string): number {
    const from = this.starts[i]!;
    const n = this.starts[i + 1]! - from;
    const m = key.length;
    const units = this.units;
    for (let k = 0, l = n < m ? n : m; k < l; k++) {
      const d = units[from + k]! - key.charCodeAt(k);
      if (d !== 0) return d;
    }
    return n - m;
  }

  startsWith(i: number, prefix: string): boolean {
    const from = this.starts[i]!;
    if (this.starts[i + 1]! - from < prefix.length) return false;
    for (let k = 0; k < prefix.length; k++) if (this.units[from + k] !== prefix.charCodeAt(k)) return false;
    return true;
  }

  /** In a sorted table: the first index whose string is not below `key`. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** In a sorted table: the index of `key`, or -1. */
  indexOf(key: string): number {
    const i = this.lowerBound(key);
    return i < this.length && this.compare(i, key) === 0 ? i : -1;
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}

/**
 * A column of optional strings with few distinct values (sources, dates, duplicate groups,
 * entity names): each row holds a code, 0 for none, k for values[k-1]. Each distinct value is
 * decoded once, on first use.
 */
export class DictColumn {
  private readonly decoded: (string | undefined)[] = [];
  constructor(
    readonly values: StringTable,
    readonly codes: Uint16Array | Uint32Array,
  ) {}

  static from(list: readonly (string | null | undefined)[]): DictColumn {
    const ids = new Map<string, number>();
    const codes = new Uint32Array(list.length);
    list.forEach((v, i) => {
      if (v === null || v === undefined) return;
      let c = ids.get(v);
      if (c === undefined) ids.set(v, (c = ids.size + 1));
      codes[i] = c;
    });
    return new DictColumn(StringTable.from(ids.keys()), codes);
  }

  get length(): number {
    return this.codes.length;
  }

  /** The value of row i, or null. */
  get(i: number): string | null {
    const c = this.codes[i]!;
    if (c === 0) return null;
    return (this.decoded[c] ??= this.values.get(c - 1));
  }
}
