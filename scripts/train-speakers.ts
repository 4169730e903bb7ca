/**
 * Trains the speaker models shipped in src/core/corpus/enrich/speaker-model/:
 *   nice -n 10 npm run train:speakers
 * 1. The per-quote ranker (speaker-weights.json): enrichment runs on the LitBank train split
 *    (scripts/eval-enrich/splits.ts) with the ranker bypassed, every quote the ranker would
 *    decide is collected with its candidates, a candidate is right the way eval:enrich scores
 *    it (rightSpeaker), and a softmax ranker is fitted (train-speakers/softmax.ts). A second
 *    round sees the turns as the first round's ranker assigns them, as the shipped one will.
 * 2. The conversation decoder (conversation-weights.json), on the steps the new ranker leaves
 *    (train-speakers/conversation.ts).
 * The dev split is only scored (printed), never trained on; the held-out split is not read.
 * Deterministic: fixed order, no randomness, so the same data gives byte-identical weights.
 * The weights hold feature names ("prev2|bare=true") and numbers only, no text of the data.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrichDocument } from '../src/core/corpus/enrich';
import { setConversationTrace } from '../src/core/corpus/enrich/conversation-model';
import { type CandidateInfo, type QuoteContext, type SpeakerModel, candidateFeatures, setSpeakerTrace } from '../src/core/corpus/enrich/speaker-ranker';
import type { AnnotatedDoc, GoldQuote } from './eval-enrich/annotated-doc';
import { rightSpeaker } from './eval-enrich/score-attribution';
import { hasTrainingData, litbankDocs } from './eval-enrich/splits';
import { fitConversationTemperature, pseudoExamples, sequenceAccuracy, sequencesOf } from './train-speakers/conversation';
import { type RankExample, trainSoftmax } from './train-speakers/softmax';

/** L2 strengths chosen on the LitBank dev split (the held-out one was not consulted). */
const RANKER = { iterations: 300, l2: 1e-3, rate: 0.3 };
const CONVERSATION = { iterations: 300, l2: 2e-1, rate: 0.3 };
const FOLDS = [0, 1, 2, 3, 4];
const OUT = fileURLToPath(new URL('../src/core/corpus/enrich/speaker-model/speaker-weights.json', import.meta.url));
const CONVERSATION_OUT = fileURLToPath(new URL('../src/core/corpus/enrich/speaker-model/conversation-weights.json', import.meta.url));

function examplesOf(docs: readonly AnnotatedDoc[], model: SpeakerModel | null = null): RankExample[] {
  const out: RankExample[] = [];
  for (const doc of docs) {
    const events: { paragraphIndex: number; start: number; end: number; ctx: QuoteContext; candidates: readonly CandidateInfo[] }[] = [];
    setSpeakerTrace((e) => events.push(e), model);
    setConversationTrace(() => {}, null); // the ranker's own choices, not the decoder's
    enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs });
    setConversationTrace(null);
    setSpeakerTrace(null);
    for (const e of events) {
      const gold = (doc.quotes ?? []).find((g) => g.paragraph === e.paragraphIndex && overlaps(g, e));
      if (!gold) continue;
      out.push({ features: candidateFeatures(e.ctx, e.candidates), right: e.candidates.map((c) => rightSpeaker(c.name, gold)) });
    }
  }
  return out;
}

const overlaps = (g: GoldQuote, q: { start: number; end: number }): boolean => {
  const overlap = Math.min(g.end, q.end) - Math.max(g.start, q.start);
  return overlap > 0 && overlap * 2 >= Math.min(g.end - g.start, q.end - q.start);
};

const scoreOf = (w: ReadonlyMap<string, number>, f: readonly string[]): number => f.reduce((s, x) => s + (w.get(x) ?? 0), 0);

function accuracy(w: ReadonlyMap<string, number>, examples: readonly RankExample[]): string {
  const right = examples.filter((e) => {
    const scores = e.features.map((f) => scoreOf(w, f));
    return e.right[scores.indexOf(Math.max(...scores))];
  }).length;
  const reachable = examples.filter((e) => e.right.some(Boolean)).length;
  return `${right}/${examples.length} = ${(right / Math.max(1, examples.length)).toFixed(2)} (a right candidate exists for ${reachable})`;
}

const sorted = (w: ReadonlyMap<string, number>): Record<string, number> => Object.fromEntries([...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function main(): void {
  if (!hasTrainingData() || litbankDocs('train').length === 0) {
    console.log('train:speakers skipped: ../shared/training-data/litbank-quotations is absent.');
    return;
  }
  const train = litbankDocs('train');
  const dev = litbankDocs('dev');
  // Round one learns from turns as the rules assign them; round two from turns as round one's
  // ranker assigns them, which is what the shipped ranker will see.
  const round1: SpeakerModel = { weights: trainSoftmax(examplesOf(train), RANKER), temperature: 1 };
  const trainSet = [...examplesOf(train), ...examplesOf(train, round1)];
  const w = trainSoftmax(trainSet, RANKER);
  console.log(`ranker train: ${accuracy(w, trainSet)}`);
  console.log(`ranker dev (ranked quotes only): ${accuracy(w, examplesOf(dev, round1))}`);
  writeFileSync(OUT, `${JSON.stringify({ format: 1, temperature: 1, weights: sorted(w) }, null, 1)}\n`);
  console.log(`${w.size} weights -> ${OUT}`);

  // The conversation decoder runs after the ranker just trained, as the shipped pipeline does.
  const ranker: SpeakerModel = { weights: w, temperature: 1 };
  // Cross-fitted: each train document's steps carry the opinion of a ranker that never saw it,
  // as dev and real documents will; with the ranker's own (fitted) opinion the decoder learns to
  // trust it more than it deserves.
  const sequences = FOLDS.flatMap((fold) => {
    const others = train.filter((_, i) => i % FOLDS.length !== fold);
    const r1: SpeakerModel = { weights: trainSoftmax(examplesOf(others), RANKER), temperature: 1 };
    const rf: SpeakerModel = { weights: trainSoftmax([...examplesOf(others), ...examplesOf(others, r1)], RANKER), temperature: 1 };
    return sequencesOf(train.filter((_, i) => i % FOLDS.length === fold), rf);
  });
  const cw = trainSoftmax(pseudoExamples(sequences), CONVERSATION);
  const ct = fitConversationTemperature(cw, sequences);
  console.log(`conversation train: ${sequenceAccuracy(cw, sequences)}`);
  console.log(`conversation dev: ${sequenceAccuracy(cw, sequencesOf(dev, ranker))}`);
  writeFileSync(CONVERSATION_OUT, `${JSON.stringify({ format: 1, temperature: ct, weights: sorted(cw) }, null, 1)}\n`);
  console.log(`${cw.size} weights, temperature ${ct} -> ${CONVERSATION_OUT}`);
}

main();
