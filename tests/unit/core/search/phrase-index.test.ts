import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { buildPhraseIndex, PhraseIndexBuilder } from '../../../../src/core/search/phrase-index';
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
