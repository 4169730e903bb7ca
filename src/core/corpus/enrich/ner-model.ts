/**
 * The trained entity tagger: an averaged perceptron over BIO tags (person / organization /
 * place), decoded greedily left to right, each decision seeing the two tags before it. Weights
 * come from scripts/train-ner.ts (`npm run train:ner`) and ship in model/ner-weights.json,
 * quantised to int16 (little-endian) with one scale, as one feature list and one base64 weight block so the file
 * stays small and parses fast. Pure and deterministic: same text, same tags.
 */
import type { EntityType } from '../../../shared/corpus';
import weightsFile from './model/ner-weights.json' with { type: 'json' };
import { type TokenContext, shapeOf, tokenFeatures } from './ner-features';

export const LABELS = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

/** What the training script writes. */
export interface NerModelFile {
  format: 1;
  labels: readonly string[];
  /** Real weight = int16 value × scale. */
  scale: number;
  /** Softmax temperature that turns scores into confidences (fitted on training data). */
  temperature: number;
  /** Feature names, "\n"-separated; feature k owns weights [k × labels, (k + 1) × labels). */
  features: string;
  /** base64 of the int16 weights, little-endian. */
  weights: string;
}

export interface NerModel {
  index: Map<string, number>;
  weights: Int16Array;
  scale: number;
  temperature: number;
}

export function loadNerModel(file: NerModelFile): NerModel {
  if (file.format !== 1 || file.labels.join() !== LABELS.join()) throw new Error('ner-weights.json was written for other labels; run npm run train:ner');
  const names = file.features.split('\n');
  const index = new Map<string, number>();
  names.forEach((name, k) => index.set(name, k));
  const bytes = Buffer.from(file.weights, 'base64');
  const weights = new Int16Array(bytes.byteLength / 2);
  for (let k = 0; k < weights.length; k++) weights[k] = bytes.readInt16LE(2 * k);
  if (weights.length !== names.length * LABEL_COUNT) throw new Error('ner-weights.json is truncated; run npm run train:ner');
  return { index, weights, scale: file.scale, temperature: file.temperature };
}

let shipped: NerModel | null = null;
/** The model in the repo, loaded on first use. */
export function shippedNerModel(): NerModel {
  shipped ??= loadNerModel(weightsFile as NerModelFile);
  return shipped;
}

/** Tags that depend on the decisions already made: the tagger is a left-to-right sequence model. */
export function historyFeatures(ctx: TokenContext, i: number, prev1: number, prev2: number): string[] {
  const shape = shapeOf(ctx.tokens[i]?.text ?? '');
  return [`t-1:${prev1}`, `t-2:${prev2}|${prev1}`, `t-1s:${prev1}|${shape}`];
}

/** I-X may only follow B-X or I-X. */
export function allowed(label: number, prev: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prev === label || prev === label - 1;
}

/**
 * Names start with a capital or a digit ("3M"); a lower-case word can only continue one ("Bank
 * of England"). Other tokens are O without scoring, in training and tagging alike: most news
 * tokens are lower-case, so this is most of the speed.
 */
export function mustScore(ctx: TokenContext, i: number, prev1: number): boolean {
  return prev1 !== 0 || /^[\p{Lu}\p{N}]/u.test(ctx.tokens[i]?.text ?? '');
}

export interface TokenTag {
  label: number;
  /** Softmax probability of the chosen label among the allowed ones. */
  confidence: number;
}

export function tagTokens(model: NerModel, ctx: TokenContext): TokenTag[] {
  const out: TokenTag[] = [];
  const scores = new Float64Array(LABEL_COUNT);
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!mustScore(ctx, i, prev1)) {
      out.push({ label: 0, confidence: 1 });
      prev2 = prev1;
      prev1 = 0;
      continue;
    }
    scores.fill(0);
    for (const feature of [...tokenFeatures(ctx, i), ...historyFeatures(ctx, i, prev1, prev2)]) {
      const k = model.index.get(feature);
      if (k === undefined) continue;
      const base = k * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) scores[y] = (scores[y] as number) + (model.weights[base + y] as number);
    }
    let best = 0;
    let bestScore = -Infinity;
    for (let y = 0; y < LABEL_COUNT; y++) {
      if (allowed(y, prev1) && (scores[y] as number) > bestScore) {
        best = y;
        bestScore = scores[y] as number;
      }
    }
    let total = 0;
    for (let y = 0; y < LABEL_COUNT; y++) if (allowed(y, prev1)) total += Math.exp((((scores[y] as number) - bestScore) * model.scale) / model.temperature);
    out.push({ label: best, confidence: 1 / total });
    prev2 = prev1;
    prev1 = best;
  }
  return out;
}

export interface TaggedSpan {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  type: EntityType;
  /** Lowest token confidence in the span. */
  confidence: number;
}

export function taggedSpans(tags: readonly TokenTag[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  tags.forEach((t, i) => {
    const label = LABELS[t.label] as Label;
    if (label === 'O' || label.startsWith('B-')) {
      if (open) spans.push(open);
      open = label === 'O' ? null : { from: i, to: i + 1, type: label.slice(2) as EntityType, confidence: t.confidence };
    } else if (open) {
      open.to = i + 1;
      open.confidence = Math.min(open.confidence, t.confidence);
    }
  });
  if (open) spans.push(open);
  return spans;
}
