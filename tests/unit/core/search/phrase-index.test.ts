import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { buildPhraseIndex, gallop, phraseDocuments, PhraseIndexBuilder } from '../../../../src/core/search/phrase-index';
import { FIELDS } from '../../../../src/core/search/index-data';
import { doc, seedDocument, trickyDocuments } from './fixtures';

const docs = [seedDocument(), ...trickyDocuments(), doc('d1', 'Interest rates', ['The bank raised interest rates.', 'Interest rates rose again, the bank said.'])];

describe('phrase positions built a slice at a time', () => {
  it('any slice size gives the same positions as one go', () => {
    const data = buildIndexData(docs);
    const whole = buildPhraseIndex(data);
    for (const slice of [1, 7, 100, data.stream.length - 1]) {
      const builder = new PhraseIndexBuilder(data);
      let steps = 0;
      while (!builder.step(slice)) steps++;
      expect(steps).toBeGreaterThan(0);
      expect(Array.from(builder.result!.wordStart)).toEqual(Array.from(whole.wordStart));
      expect(Array.from(builder.result!.positions)).toEqual(Array.from(whole.positions));
    }
  });

  it('a search answers the same before, during and after the background build', () => {
    const reference = new SearchEngine(buildIndexData(docs));
    reference.warm();
    const engine = new SearchEngine(buildIndexData(docs));
    const queries = ['"interest rates"', 'bank', '"the bank" -rose', '+interest +bank'];
    const answer = (e: SearchEngine, q: string) => e.search(q).results.map((r) => [r.documentId, r.score]);
    // Before any slice: words need no phrase positions; a phrase finishes the build itself.
    expect(answer(engine, 'bank')).toEqual(answer(reference, 'bank'));
    expect(engine.warmStep(3)).toBe(false);
    for (const q of queries) expect(answer(engine, q)).toEqual(answer(reference, q));
    expect(engine.warmStep(3)).toBe(true); // the phrase query above completed it
  });
});

/** Every stream offset checked, each paragraph found by its own search: slow, plainly right. */
function slowPhraseDocuments(data: ReturnType<typeof buildIndexData>, wordIds: number[]): Map<number, number> {
  const out = new Map<number, number>();
  const { stream, segStart, docSeg } = data;
  const last = (sorted: ArrayLike<number>, v: number) => {
    let i = 0;
    while (i + 1 < sorted.length && sorted[i + 1]! <= v) i++;
    return i;
  };
  for (let start = 0; start + wordIds.length <= stream.length; start++) {
    if (!wordIds.every((w, k) => stream[start + k] === w)) continue;
    const s = last(segStart, start);
    if (start + wordIds.length > segStart[s + 1]!) continue;
    const d = last(docSeg, s);
    out.set(d, (out.get(d) ?? 0) + 1);
  }
  return out;
}

describe('phrase documents', () => {
  it('match a plain scan of the token stream over hundreds of documents, empty paragraphs and paragraph edges included', () => {
    const words = ['rates', 'rose', 'the', 'bank', 'said', 'at', 'end', 'of'];
    const many = Array.from({ length: 300 }, (_, i) => {
      const paragraph = (k: number) => Array.from({ length: (i * 7 + k * 3) % 9 }, (_, j) => words[(i * 13 + k * 5 + j * j) % words.length]).join(' ');
      return doc(`g${i}`, i % 4 === 0 ? 'The bank said' : `Report ${i}`, [paragraph(1), paragraph(2), '', paragraph(3)].filter((p, k) => k !== 2 || i % 3 === 0));
    });
    const data = buildIndexData([...docs, ...many]);
    const index = buildPhraseIndex(data);
    const id = (w: string) => data.words.indexOf(w);
    for (const phrase of [['the', 'bank'], ['bank', 'said'], ['at', 'the', 'end', 'of'], ['rates', 'rose'], ['said', 'the'], ['of', 'of']]) {
      const ids = phrase.map(id);
      expect(ids.every((x) => x >= 0)).toBe(true);
      const fast = phraseDocuments(data, index, Uint32Array.from(ids), FIELDS.map((_, f) => f));
      expect([...fast.entries()].sort((a, b) => a[0] - b[0])).toEqual([...slowPhraseDocuments(data, ids).entries()].sort((a, b) => a[0] - b[0]));
    }
  });
});

describe('gallop', () => {
  it('finds the lower and upper bound a linear scan finds, from any start, duplicates and gaps included', () => {
    let x = 11;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const sorted: number[] = [];
    for (let v = 0; sorted.length < 300; ) {
      v += Math.floor(rand() * 4); // steps of 0 repeat a value (empty paragraphs repeat a start)
      sorted.push(v);
    }
    const scan = (from: number, end: number, value: number, after: boolean) => {
      let i = from;
      while (i < end && (after ? sorted[i]! <= value : sorted[i]! < value)) i++;
      return i;
    };
    for (let k = 0; k < 2000; k++) {
      const from = Math.floor(rand() * sorted.length);
      const end = from + Math.floor(rand() * (sorted.length - from + 1));
      const value = Math.floor(rand() * (sorted.at(-1)! + 3)) - 1;
      for (const after of [false, true]) expect(gallop(sorted, from, end, value, after)).toBe(scan(from, end, value, after));
    }
  });
});
