import type { UintArray } from './fields';

/**
 * Postings of a loaded index file read per term on first use (issue 15: at 100,000 documents the
 * body field's documents and term frequencies are 100 MB, two thirds of what a load read). Their
 * place in the index's buffer is allocated at load and filled from the file: a term's range when
 * a query first needs it, the rest a slice at a time after the index reports ready. Reading a
 * range twice writes the same bytes, so the two never conflict.
 */
export interface PostingReads {
  /** Makes term t's postings in field f readable. */
  need(f: number, t: number): void;
  /** Makes every term's postings in field f readable. */
  needField(f: number): void;
  /** Reads at most about `maxBytes` more; true once everything is in. */
  step(maxBytes: number): boolean;
  finish(): void;
}

/** Where one field's posting sections lie in the file (and in the buffer, at the same offsets). */
export interface FieldPlace {
  offsets: UintArray;
  docsAt: number;
  docsWidth: number;
  tfsAt: number;
}

/** Reads bytes [from, to) of the file into the buffer at the same offsets. */
export type ReadAt = (from: number, to: number) => void;

export function lazyPostings(fields: readonly FieldPlace[], readAt: ReadAt): PostingReads {
  const loaded = fields.map((p) => new Uint8Array(Math.max(0, p.offsets.length - 1)));
  let field = 0;
  let term = 0;
  let done = false;
  const read = (f: number, from: number, to: number) => {
    const p = fields[f]!;
    const lo = p.offsets[from]!;
    const hi = p.offsets[to]!;
    if (hi > lo) {
      readAt(p.docsAt + lo * p.docsWidth, p.docsAt + hi * p.docsWidth);
      readAt(p.tfsAt + lo * 2, p.tfsAt + hi * 2);
    }
    loaded[f]!.fill(1, from, to);
  };
  return {
    need(f, t) {
      if (done || loaded[f]![t]) return;
      read(f, t, t + 1);
    },
    needField(f) {
      if (done) return;
      const n = loaded[f]!.length;
      if (n > 0 && !(loaded[f]![0] && loaded[f]![n - 1] && loaded[f]!.every(Boolean))) read(f, 0, n);
    },
    step(maxBytes) {
      while (!done && field < fields.length) {
        const p = fields[field]!;
        const terms = loaded[field]!.length;
        if (term >= terms) {
          field++;
          term = 0;
          continue;
        }
        // The terms whose postings fit in the budget (at least one).
        const budget = Math.max(1, Math.floor(maxBytes / (p.docsWidth + 2)));
        const limit = p.offsets[term]! + budget;
        let lo = term + 1;
        let hi = terms;
        while (lo < hi) {
          const mid = (lo + hi + 1) >>> 1;
          if (p.offsets[mid]! <= limit) lo = mid;
          else hi = mid - 1;
        }
        read(field, term, lo);
        term = lo;
        return false;
      }
      done = true;
      return true;
    },
    finish() {
      while (!this.step(Infinity));
    },
  };
}
