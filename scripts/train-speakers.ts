/**
 * Trains the speaker models shipped in src/core/corpus/enrich/speaker-model/:
 *   nice -n 10 npm run train:speakers
 * 1. The per-quote ranker (speaker-weights.json) and 2. the conversation decoder
 *    (conversation-weights.json), fitted on the LitBank train split (scripts/eval-enrich/splits.ts)
 *    as train-speakers/train-models.ts describes.
 * The dev split is only scored (printed), never trained on; the held-out split is not read.
 * Deterministic: fixed order, no randomness, so the same data gives byte-identical weights.
 * The weights hold feature names ("prev2|bare=true") and numbers only, no text of the data.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasTrainingData, litbankDocs } from './eval-enrich/splits';
import { sequenceAccuracy, sequencesOf } from './train-speakers/conversation';
import type { RankExample } from './train-speakers/softmax';
import { examplesOf, trainConversation, trainRanker } from './train-speakers/train-models';

const OUT = fileURLToPath(new URL('../src/core/corpus/enrich/speaker-model/speaker-weights.json', import.meta.url));
const CONVERSATION_OUT = fileURLToPath(new URL('../src/core/corpus/enrich/speaker-model/conversation-weights.json', import.meta.url));

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
  const { ranker, round1, examples } = trainRanker(train);
  const w = ranker.weights;
  console.log(`ranker train: ${accuracy(w, examples)}`);
  console.log(`ranker dev (ranked quotes only): ${accuracy(w, examplesOf(dev, round1))}`);
  writeFileSync(OUT, `${JSON.stringify({ format: 1, temperature: 1, weights: sorted(w) }, null, 1)}\n`);
  console.log(`${w.size} weights -> ${OUT}`);

  // The conversation decoder runs after the ranker just trained, as the shipped pipeline does.
  const { model, sequences } = trainConversation(train);
  const cw = model.weights;
  console.log(`conversation train: ${sequenceAccuracy(cw, sequences)}`);
  console.log(`conversation dev: ${sequenceAccuracy(cw, sequencesOf(dev, ranker))}`);
  writeFileSync(CONVERSATION_OUT, `${JSON.stringify({ format: 1, temperature: model.temperature, weights: sorted(cw) }, null, 1)}\n`);
  console.log(`${cw.size} weights, temperature ${model.temperature} -> ${CONVERSATION_OUT}`);
}

main();
