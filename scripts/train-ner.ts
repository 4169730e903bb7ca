/**
 * Trains the entity tagger shipped in src/core/corpus/enrich/model/ner-weights.json:
 *   nice -n 10 npm run train:ner
 * An averaged perceptron over BIO tags with greedy decoding (ner-model.ts), trained only on the
 * CC BY parts of ../shared/training-data (the train split of scripts/eval-enrich/splits.ts: GUM
 * cc-by/train and WikiGold's train articles; LitBank's fiction names made the tagger worse on news-like dev data). Deterministic: a fixed seed orders the paragraphs
 * each epoch, so the same data gives byte-identical weights. Prints span P/R/F1 of the model
 * alone on the dev split (to look at; nothing is tuned on the held-out split).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LABELS, LABEL_COUNT, type NerModelFile, allowed, historyFeatures, loadNerModel, mustScore, tagTokens, taggedSpans } from '../src/core/corpus/enrich/ner-model';
import { type TokenContext, tokenContext, tokenFeatures } from '../src/core/corpus/enrich/ner-features';
import { tokenize } from '../src/core/corpus/enrich/name-runs';
import { splitSentences } from '../src/core/corpus/enrich/sentences';
import type { AnnotatedDoc } from './eval-enrich/annotated-doc';
import { gumDocs, hasTrainingData, wikigoldDocsOf } from './eval-enrich/splits';

/** More epochs fit the training split better and the dev split no better (checked 5, 6, 12). */
const EPOCHS = 6;
const MIN_COUNT = 2;
const OUT = fileURLToPath(new URL('../src/core/corpus/enrich/model/', import.meta.url));

interface Example {
  ctx: TokenContext;
  gold: number[];
  /** Static features per token, as ids (unknown features dropped). */
  features: number[][];
}

function paragraphsOf(doc: AnnotatedDoc): { ctx: TokenContext; gold: number[] }[] {
  return doc.paragraphs.map((p, pi) => {
    const tokens = tokenize(p.text);
    const ctx = tokenContext(p.text, tokens, splitSentences(p.text));
    const gold = tokens.map(() => 0);
    for (const e of doc.entities.filter((x) => x.paragraph === pi)) {
      let first = true;
      tokens.forEach((t, k) => {
        if (t.start >= e.start && t.end <= e.end) {
          gold[k] = LABELS.indexOf(`${first ? 'B' : 'I'}-${e.type}` as (typeof LABELS)[number]);
          first = false;
        }
      });
    }
    return { ctx, gold };
  });
}

/** mulberry32: a tiny seeded PRNG, so shuffles repeat exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  if (!hasTrainingData()) {
    console.log('train:ner skipped: ../shared/training-data is absent.');
    return;
  }
  const started = performance.now();
  const raw = [...gumDocs('train'), ...wikigoldDocsOf('train')].flatMap(paragraphsOf).filter((p) => p.ctx.tokens.length > 0);
  // Feature vocabulary: static features seen at least MIN_COUNT times, plus every history feature.
  const counts = new Map<string, number>();
  const staticFeatures = raw.map((p) => p.ctx.tokens.map((_, i) => tokenFeatures(p.ctx, i)));
  for (const para of staticFeatures) for (const tok of para) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names: string[] = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  for (let a = 0; a < LABEL_COUNT; a++) {
    for (let b = 0; b < LABEL_COUNT; b++) names.push(`t-2:${a}|${b}`);
    names.push(`t-1:${a}`);
  }
  const shapes = new Set<string>();
  for (const f of names) if (f.startsWith('s:')) shapes.add(f.slice(2));
  for (let a = 0; a < LABEL_COUNT; a++) for (const s of [...shapes].sort()) names.push(`t-1s:${a}|${s}`);
  const id = new Map(names.map((n, k) => [n, k]));
  const examples: Example[] = raw.map((p, pi) => ({
    ...p,
    features: (staticFeatures[pi] as string[][]).map((fs) => fs.flatMap((f) => (id.has(f) ? [id.get(f) as number] : []))),
  }));

  // Averaged perceptron with lazy averaging (Collins 2002; Daumé's trick).
  const size = names.length * LABEL_COUNT;
  const w = new Float64Array(size);
  const total = new Float64Array(size);
  const stamp = new Float64Array(size);
  let clock = 0;
  const update = (k: number, delta: number) => {
    total[k] = (total[k] as number) + (clock - (stamp[k] as number)) * (w[k] as number);
    stamp[k] = clock;
    w[k] = (w[k] as number) + delta;
  };
  const random = prng(12);
  const order = examples.map((_, k) => k);
  const scores = new Float64Array(LABEL_COUNT);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    let errors = 0;
    let tokens = 0;
    for (const e of order.map((k) => examples[k] as Example)) {
      let prev1 = 0;
      let prev2 = 0;
      for (let i = 0; i < e.gold.length; i++) {
        if (!mustScore(e.ctx, i, prev1)) {
          [prev2, prev1] = [prev1, 0];
          continue;
        }
        clock += 1;
        const feats = [...(e.features[i] as number[]), ...historyFeatures(e.ctx, i, prev1, prev2).flatMap((f) => (id.has(f) ? [id.get(f) as number] : []))];
        scores.fill(0);
        for (const f of feats) for (let y = 0; y < LABEL_COUNT; y++) scores[y] = (scores[y] as number) + (w[f * LABEL_COUNT + y] as number);
        let best = 0;
        let bestScore = -Infinity;
        for (let y = 0; y < LABEL_COUNT; y++) if (allowed(y, prev1) && (scores[y] as number) > bestScore) [best, bestScore] = [y, scores[y] as number];
        const gold = e.gold[i] as number;
        tokens += 1;
        if (best !== gold) {
          errors += 1;
          for (const f of feats) {
            update(f * LABEL_COUNT + gold, 1);
            update(f * LABEL_COUNT + best, -1);
          }
        }
        prev2 = prev1;
        prev1 = best;
      }
    }
    console.log(`epoch ${epoch + 1}: ${((100 * errors) / tokens).toFixed(2)}% token errors`);
  }
  const averaged = new Float64Array(size);
  for (let k = 0; k < size; k++) averaged[k] = ((total[k] as number) + (clock - (stamp[k] as number)) * (w[k] as number)) / clock;

  // Quantise to int16 and drop features whose weights all round to zero.
  let maxAbs = 0;
  for (const v of averaged) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767;
  const keptNames: string[] = [];
  const kept: number[] = [];
  names.forEach((name, f) => {
    const q = Array.from({ length: LABEL_COUNT }, (_, y) => Math.round((averaged[f * LABEL_COUNT + y] as number) / scale));
    if (q.some((v) => v !== 0)) {
      keptNames.push(name);
      kept.push(...q);
    }
  });
  const file: NerModelFile = {
    format: 1, labels: [...LABELS], scale, temperature: 1,
    features: keptNames.join('\n'), weights: Buffer.from(Int16Array.from(kept).buffer).toString('base64'),
  };
  file.temperature = fitTemperature(file, examples);
  const json = `${JSON.stringify(file)}\n`;
  writeFileSync(`${OUT}ner-weights.json`, json);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  writeFileSync(`${OUT}ner-weights-id.ts`, `/** Written by npm run train:ner: changes with the weights, so the pipeline fingerprint does too. */\nexport const NER_WEIGHTS_ID = '${digest}';\n`);
  console.log(`${keptNames.length} of ${names.length} features kept, ${(json.length / 1024).toFixed(0)} KiB, trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  reportDev(file);
}

/** Temperature that best predicts the gold tag on (a sample of) the training tokens. */
function fitTemperature(file: NerModelFile, examples: readonly Example[]): number {
  const model = loadNerModel(file);
  const sample = examples.filter((_, k) => k % 4 === 0);
  let best = 1;
  let bestLoss = Infinity;
  for (const t of [0.5, 1, 1.5, 2, 3, 4, 6, 8]) {
    model.temperature = t;
    let loss = 0;
    for (const e of sample) {
      tagTokens(model, e.ctx).forEach((tag, i) => {
        const right = tag.label === e.gold[i];
        loss -= Math.log(Math.max(1e-6, right ? tag.confidence : 1 - tag.confidence));
      });
    }
    if (loss < bestLoss) [best, bestLoss] = [t, loss];
  }
  return best;
}

function reportDev(file: NerModelFile): void {
  const model = loadNerModel(file);
  const byType = new Map<string, { correct: number; found: number; gold: number }>();
  for (const p of [...gumDocs('dev'), ...wikigoldDocsOf('dev')].flatMap(paragraphsOf)) {
    const found = taggedSpans(tagTokens(model, p.ctx)).map((s) => `${s.type}:${s.from}:${s.to}`);
    const gold = taggedSpans(p.gold.map((label) => ({ label, confidence: 1 }))).map((s) => `${s.type}:${s.from}:${s.to}`);
    for (const [list, key] of [[found, 'found'], [gold, 'gold']] as const) {
      for (const s of list) {
        const c = byType.get(s.split(':')[0] as string) ?? { correct: 0, found: 0, gold: 0 };
        c[key] += 1;
        if (key === 'found' && gold.includes(s)) c.correct += 1;
        byType.set(s.split(':')[0] as string, c);
      }
    }
  }
  for (const [type, c] of [...byType].sort()) {
    const p = c.correct / Math.max(1, c.found);
    const r = c.correct / Math.max(1, c.gold);
    console.log(`model alone, dev spans, ${type.padEnd(12)} P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(2)}`);
  }
}

main();
