// Project-written sentences (no text from ../shared): what the tagger learns about a word from
// the rest of its document (ner-features.ts).
import { describe, expect, it } from 'vitest';
import { readRules, ruleFeatures } from '../../../../../src/core/corpus/enrich/entities';
import { tokenize } from '../../../../../src/core/corpus/enrich/name-runs';
import { documentWords, tokenContext, tokenFeatures } from '../../../../../src/core/corpus/enrich/ner-features';
import { splitSentences } from '../../../../../src/core/corpus/enrich/sentences';

const contexts = (...paragraphs: string[]) => paragraphs.map((text) => {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  return tokenContext(text, tokens, sentences, null, ruleFeatures(readRules(text, tokens, sentences), tokens.length));
});
const featuresOf = (ctxs: ReturnType<typeof contexts>, paragraph: number, word: string) => {
  const doc = documentWords(ctxs);
  const ctx = { ...ctxs[paragraph]!, doc };
  const at = ctx.tokens.findIndex((t) => t.text === word);
  return tokenFeatures(ctx, at);
};

describe('document features of the entity tagger', () => {
  it('tells a bare name that a cue elsewhere in the document typed it an organisation', () => {
    const ctxs = contexts('Brokers at Quillane Partners expect a cut.', 'Yet Quillane kept its forecast.');
    expect(featuresOf(ctxs, 1, 'Quillane')).toContain('dr:organization');
  });

  it('marks a run whose last word the text also writes alone', () => {
    const ctxs = contexts('Kofi Annan met the delegates.', 'The talks, Annan said, went well.');
    const kofi = featuresOf(ctxs, 0, 'Kofi');
    expect(kofi).toContain('rlast-solo-in');
    expect(featuresOf(ctxs, 0, 'Annan')).toContain('rlast-solo');
    expect(featuresOf(contexts('Kofi Annan met the delegates.'), 0, 'Kofi')).not.toContain('rlast-solo-in');
  });
});
