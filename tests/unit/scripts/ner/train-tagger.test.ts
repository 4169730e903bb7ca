import { describe, expect, it } from 'vitest';
import { LABELS, loadNerModel, tagTokens, taggedSpans } from '../../../../src/core/corpus/enrich/ner-model';
import type { AnnotatedDoc, GoldEntity } from '../../../../scripts/eval-enrich/annotated-doc';
import { paragraphsOf, trainModel } from '../../../../scripts/ner/train-tagger';

/** A document whose gold names are given by their text; every occurrence not inside a longer name is marked. */
function doc(id: string, paragraphs: string[], names: Record<string, GoldEntity['type']>): AnnotatedDoc {
  const entities: GoldEntity[] = [];
  const longestFirst = Object.entries(names).sort((a, b) => b[0].length - a[0].length);
  paragraphs.forEach((text, paragraph) => {
    for (const [name, type] of longestFirst) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const inside = entities.some((e) => e.paragraph === paragraph && e.start <= at && at < e.end);
        if (!inside) entities.push({ paragraph, start: at, end: at + name.length, type });
      }
    }
  });
  return { id, published: null, paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })), entities };
}

const TRAIN = [
  doc('a', ['Shares in Quorvex fell after Quorvex warned on profits.', 'Analysts at Brennick said the outlook was weak.'], { Quorvex: 'organization', Brennick: 'organization' }),
  doc('b', ['Talvia Morrow travelled to Ostrava on Monday.', 'Morrow said Ostrava was cold.'], { 'Talvia Morrow': 'person', Morrow: 'person', Ostrava: 'place' }),
  doc('c', ['Quorvex hired Talvia Morrow, a former banker.', 'She moved to Ostrava.'], { Quorvex: 'organization', 'Talvia Morrow': 'person', Ostrava: 'place' }),
];

describe('trainModel', () => {
  it('gives byte-identical weights for the same data', () => {
    const once = trainModel(TRAIN.flatMap(paragraphsOf), () => {});
    const again = trainModel(TRAIN.flatMap(paragraphsOf), () => {});
    expect(again.weights).toBe(once.weights);
    expect(again.features).toBe(once.features);
    expect(once.labels).toEqual([...LABELS]);
  });

  it('learns the names it was trained on, with their types', () => {
    const model = loadNerModel(trainModel(TRAIN.flatMap(paragraphsOf), () => {}));
    const [paragraph] = paragraphsOf(doc('d', ['Talvia Morrow left Quorvex for Ostrava.'], {}));
    const tags = tagTokens(model, paragraph!.ctx);
    const found = taggedSpans(tags).map((s) => `${s.type}:${paragraph!.ctx.tokens.slice(s.from, s.to).map((t) => t.text).join(' ')}`);
    expect(found).toEqual(['person:Talvia Morrow', 'organization:Quorvex', 'place:Ostrava']);
  });

  it('labels every token of a gold name, B then I', () => {
    const [paragraph] = paragraphsOf(TRAIN[1]!);
    expect(paragraph!.gold.slice(0, 2).map((g) => LABELS[g])).toEqual(['B-person', 'I-person']);
  });
});
