/**
 * Trains the speaker ranker shipped in src/core/corpus/enrich/speaker-model/speaker-weights.json:
 *   nice -n 10 npm run train:speakers
 * Runs enrichment on the LitBank train split (scripts/eval-enrich/splits.ts) with the ranker
 * bypassed, collects every quote the ranker would decide with its candidates, labels a candidate
 * right the way eval:enrich scores it (rightSpeaker), and fits an averaged ranking perceptron.
 * The dev split is only scored (printed), never trained on; the held-out split is not read.
 * Deterministic: fixed order, no randomness, so the same data gives byte-identical weights. The weights hold feature names
 * ("prev2|bare=true") and numbers only, no text of the data.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrichDocument } from '../src/core/corpus/enrich';
import { type CandidateInfo, type QuoteContext, type SpeakerModel, candidateFeatures, setSpeakerTrace } from '../src/core/corpus/enrich/speaker-ranker';
import type { AnnotatedDoc, GoldQuote } from './eval-enrich/annotated-doc';
import { rightSpeaker } from './eval-enrich/score-attribution';
import { setConversationTrace } from '../src/core/corpus/enrich/conversation-model';
import { fitConversationTemperature, sequenceAccuracy, sequencesOf, trainConversation } from './train-speakers/conversation';
import { hasTrainingData, litbankDocs } from './eval-enrich/splits';

const EPOCHS = 10;
const CONVERSATION_EPOCHS = 20;
const OUT = fileURLToPath(new URL('../src/core/corpus/enrich/speaker-model/speaker-weights.json', import.meta.url));
const CONVERSATION_OUT = fileURLToPath(new URL('../src/core/corpus/enrich/speaker-model/conversation-weights.json', import.meta.url));

interface Example {
  features: string[][];
  right: boolean[];
}

function examplesOf(docs: readonly AnnotatedDoc[], model: SpeakerModel | null = null): Example[] {
  const out: Example[] = [];
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

function argmax(w: ReadonlyMap<string, number>, e: Example): number {
  let best = 0;
  let top = -Infinity;
  e.features.forEach((f, i) => {
    const s = scoreOf(w, f);
    if (s > top) [best, top] = [i, s];
  });
  return best;
}

function train(examples: readonly Example[]): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>(); // sum of weights over all steps (averaging)
  const stamp = new Map<string, number>();
  let step = 0;
  const bump = (name: string, by: number): void => {
    const old = w.get(name) ?? 0;
    total.set(name, (total.get(name) ?? 0) + old * (step - (stamp.get(name) ?? 0)));
    stamp.set(name, step);
    w.set(name, old + by);
  };
  const learnable = examples.filter((e) => e.right.some(Boolean));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of learnable) {
      step += 1;
      const guess = argmax(w, e);
      if (e.right[guess]) continue;
      // The best-scoring right candidate is the target.
      let target = -1;
      let top = -Infinity;
      e.features.forEach((f, i) => {
        const s = scoreOf(w, f);
        if (e.right[i] && s > top) [target, top] = [i, s];
      });
      for (const f of e.features[target] ?? []) bump(f, 1);
      for (const f of e.features[guess] ?? []) bump(f, -1);
    }
  }
  const averaged = new Map<string, number>();
  for (const [name, value] of w) {
    const sum = (total.get(name) ?? 0) + value * (step - (stamp.get(name) ?? 0));
    const avg = Math.round((sum / step) * 1000) / 1000;
    if (avg !== 0) averaged.set(name, avg);
  }
  return averaged;
}

function accuracy(w: ReadonlyMap<string, number>, examples: readonly Example[]): string {
  const right = examples.filter((e) => e.right[argmax(w, e)]).length;
  const reachable = examples.filter((e) => e.right.some(Boolean)).length;
  return `${right}/${examples.length} = ${(right / Math.max(1, examples.length)).toFixed(2)} (a right candidate exists for ${reachable})`;
}

/** The softmax temperature that makes the chosen candidates' probabilities most likely right. */
function fitTemperature(w: ReadonlyMap<string, number>, examples: readonly Example[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.1; t <= 8; t *= 1.15) {
    let loss = 0;
    for (const e of examples) {
      const scores = e.features.map((f) => scoreOf(w, f));
      const top = Math.max(...scores);
      const z = scores.reduce((s, x) => s + Math.exp((x - top) / t), 0);
      const p = Math.min(1 - 1e-6, Math.max(1e-6, 1 / z));
      loss -= e.right[scores.indexOf(top)] ? Math.log(p) : Math.log(1 - p);
    }
    if (loss < bestLoss) [best, bestLoss] = [t, loss];
  }
  return Math.round(best * 1000) / 1000;
}

function main(): void {
  if (!hasTrainingData() || litbankDocs('train').length === 0) {
    console.log('train:speakers skipped: ../shared/training-data/litbank-quotations is absent.');
    return;
  }
  // Round one learns from turns as the rules assign them; round two from turns as round one's
  // ranker assigns them, which is what the shipped ranker will see.
  const first = train(examplesOf(litbankDocs('train')));
  const round1: SpeakerModel = { weights: first, temperature: 1 };
  const trainSet = [...examplesOf(litbankDocs('train')), ...examplesOf(litbankDocs('train'), round1)];
  const devSet = examplesOf(litbankDocs('dev'), round1);
  const w = train(trainSet);
  const temperature = fitTemperature(w, trainSet);
  console.log(`train: ${accuracy(w, trainSet)}`);
  console.log(`dev (ranked quotes only): ${accuracy(w, devSet)}`);
  const weights = Object.fromEntries([...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(OUT, `${JSON.stringify({ format: 1, temperature, weights }, null, 1)}\n`);
  console.log(`${w.size} weights, temperature ${temperature} -> ${OUT}`);

  // The conversation decoder runs after the ranker just trained, as the shipped pipeline does.
  const ranker: SpeakerModel = { weights: w, temperature };
  const sequences = sequencesOf(litbankDocs('train'), ranker);
  const devSequences = sequencesOf(litbankDocs('dev'), ranker);
  const cw = trainConversation(sequences, CONVERSATION_EPOCHS);
  const ct = fitConversationTemperature(cw, sequences);
  console.log(`conversation train: ${sequenceAccuracy(cw, sequences)}`);
  console.log(`conversation dev: ${sequenceAccuracy(cw, devSequences)}`);
  const cweights = Object.fromEntries([...cw].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(CONVERSATION_OUT, `${JSON.stringify({ format: 1, temperature: ct, weights: cweights }, null, 1)}\n`);
  console.log(`${cw.size} weights, temperature ${ct} -> ${CONVERSATION_OUT}`);
}

main();
