/**
 * The trained entity tagger: a first-order averaged structured perceptron over BIO tags (person /
 * organization / place), decoded exactly with Viterbi over the paragraph. Weights come from
 * scripts/train-ner.ts (`npm run train:ner`) and ship in model/ner-weights.json, quantised to
 * int16 (little-endian) with one scale, as one feature list and one base64 weight block so the
 * file stays small and parses fast. Pure and deterministic: same text, same tags.
 *
 * Why Viterbi and not greedy left-to-right: a greedy tagger commits to "B-place" on "New" before
 * it has weighed "York Times"; with exact decoding the whole span's score decides, which on the
 * dev split fixed most boundary and type-flip errors inside multi-word names.
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
  /** Transition feature ids per shape, filled as shapes are met. */
  transitions: Map<string, Int32Array>;
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
  return { index, weights, scale: file.scale, temperature: file.temperature, transitions: new Map() };
}

let shipped: NerModel | null = null;
/** The model in the repo, loaded on first use. */
export function shippedNerModel(): NerModel {
  shipped ??= loadNerModel(weightsFile as NerModelFile);
  return shipped;
}

/** Features of the step prev -> this token (their weights are indexed by this token's label). */
export function transitionFeatures(shape: string, prev: number): [string, string] {
  return [`t-1:${prev}`, `t-1s:${prev}|${shape}`];
}

/** Ids of the two transition features from each previous label, [2p, 2p + 1]; -1 when unknown. */
export function transitionIds(shape: string, lookup: (feature: string) => number | undefined): Int32Array {
  const ids = new Int32Array(2 * LABEL_COUNT);
  for (let p = 0; p < LABEL_COUNT; p++) {
    const [a, b] = transitionFeatures(shape, p);
    ids[2 * p] = lookup(a) ?? -1;
    ids[2 * p + 1] = lookup(b) ?? -1;
  }
  return ids;
}

/** I-X may only follow B-X or I-X. */
export function allowed(label: number, prev: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prev === label || prev === label - 1;
}

const startsName = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);

/**
 * Which tokens the tagger scores. Names start with a capital or a digit ("3M"); a lower-case word
 * can only sit inside one, between capitalised words ("Bank of England", "Museum of the City"),
 * so it is scored only with a capitalised word within two tokens on each side. Every other token
 * is O without scoring, in training and tagging alike: most news tokens are lower-case, so this
 * is most of the speed.
 */
export function scoredTokens(ctx: TokenContext): boolean[] {
  const cap = ctx.tokens.map((t) => startsName(t.text));
  return cap.map((c, i) => c || ((cap[i - 1] === true || cap[i - 2] === true) && (cap[i + 1] === true || cap[i + 2] === true)));
}

/**
 * A paragraph ready for decoding: which tokens are scored, their static feature ids and shapes.
 * Training (scripts/train-ner.ts) builds it with the same function, so decoding and learning see
 * identical features.
 */
export interface Lattice {
  scored: boolean[];
  /** Feature ids per scored token (static features only). */
  staticIds: (number[] | null)[];
  shapes: string[];
}

export function buildLattice(ctx: TokenContext, lookup: (feature: string) => number | undefined): Lattice {
  const scored = scoredTokens(ctx);
  const shapes = ctx.tokens.map((t) => shapeOf(t.text));
  const staticIds = scored.map((s, i) => {
    if (!s) return null;
    const ids: number[] = [];
    for (const f of tokenFeatures(ctx, i, shapes)) {
      const k = lookup(f);
      if (k !== undefined) ids.push(k);
    }
    return ids;
  });
  return { scored, staticIds, shapes };
}

/** Weights, flat: feature k's weight for label y at [k × LABEL_COUNT + y] (int16 shipped, float in training). */
export type Weights = ArrayLike<number>;

/**
 * Viterbi over a lattice: the best label sequence, and for each token the step scores along it
 * (so the caller can turn them into confidences).
 */
export function viterbi(lattice: Lattice, transitions: (shape: string) => Int32Array, weights: Weights): { labels: number[]; steps: Float64Array[] } {
  const n = lattice.scored.length;
  const L = LABEL_COUNT;
  const labels = new Array<number>(n).fill(0);
  const steps: Float64Array[] = new Array<Float64Array>(n);
  let delta = new Float64Array(L).fill(-Infinity);
  delta[0] = 0;
  const back: (Int8Array | null)[] = [];
  const emit = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    const ids = lattice.staticIds[i];
    if (!ids) {
      // O without scoring: the best path so far simply continues with O.
      let best = 0;
      for (let p = 1; p < L; p++) if ((delta[p] as number) > (delta[best] as number)) best = p;
      const b = new Int8Array(L);
      b[0] = best;
      back.push(b);
      const next = new Float64Array(L).fill(-Infinity);
      next[0] = delta[best] as number;
      delta = next;
      continue;
    }
    emit.fill(0);
    for (const k of ids) {
      const base = k * L;
      for (let y = 0; y < L; y++) emit[y] = (emit[y] as number) + (weights[base + y] as number);
    }
    const step = new Float64Array(L * L).fill(-Infinity);
    const trans = transitions(lattice.shapes[i] as string);
    for (let p = 0; p < L; p++) {
      if (delta[p] === -Infinity) continue;
      const a = trans[2 * p] as number;
      const b = trans[2 * p + 1] as number;
      for (let y = 0; y < L; y++) {
        if (!allowed(y, p)) continue;
        step[p * L + y] = (emit[y] as number) + (a < 0 ? 0 : (weights[a * L + y] as number)) + (b < 0 ? 0 : (weights[b * L + y] as number));
      }
    }
    steps[i] = step;
    const next = new Float64Array(L).fill(-Infinity);
    const bp = new Int8Array(L);
    for (let y = 0; y < L; y++) {
      for (let p = 0; p < L; p++) {
        const s = (delta[p] as number) + (step[p * L + y] as number);
        if (s > (next[y] as number)) {
          next[y] = s;
          bp[y] = p;
        }
      }
    }
    back.push(bp);
    delta = next;
  }
  let last = 0;
  for (let y = 1; y < L; y++) if ((delta[y] as number) > (delta[last] as number)) last = y;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = last;
    last = (back[i] as Int8Array)[last] as number;
  }
  return { labels, steps };
}

export interface TokenTag {
  label: number;
  /** Marginal probability of the chosen label (forward-backward, tokenMarginals). */
  confidence: number;
}

export function tagTokens(model: NerModel, ctx: TokenContext): TokenTag[] {
  const lookup = (f: string): number | undefined => model.index.get(f);
  const lattice = buildLattice(ctx, lookup);
  const transitions = (shape: string): Int32Array => {
    let ids = model.transitions.get(shape);
    if (!ids) {
      ids = transitionIds(shape, lookup);
      model.transitions.set(shape, ids);
    }
    return ids;
  };
  const { labels, steps } = viterbi(lattice, transitions, model.weights);
  const marginals = tokenMarginals(steps, (model.scale / model.temperature));
  return labels.map((label, i) => ({ label, confidence: steps[i] ? (marginals[i * LABEL_COUNT + label] as number) : 1 }));
}

/**
 * Forward-backward over the lattice: per token and label, the probability that the token carries
 * that label over all label sequences (a CRF-style reading of the perceptron's scores, scaled by
 * the fitted temperature). A span's confidence then reflects every way of reading the paragraph,
 * not only the step the decoder took ("Baseball" as B-organization is unsure alone, sure in
 * "Baseball Hall of Fame"). Computed in linear space, each token's step scores shifted by their
 * maximum and the forward and backward vectors renormalised per token (Rabiner's scaling), so
 * nothing overflows and one exp per step score suffices.
 */
export function tokenMarginals(steps: readonly (Float64Array | undefined)[], factor: number): Float64Array {
  const L = LABEL_COUNT;
  const n = steps.length;
  const out = new Float64Array(n * L);
  if (n === 0) return out;
  // Step potentials; an unscored token only continues with O, from any label, at potential 1.
  const potentials: (Float64Array | null)[] = steps.map((step) => {
    if (!step) return null;
    let max = -Infinity;
    for (const v of step) if (v > max) max = v;
    const e = new Float64Array(L * L);
    for (let k = 0; k < L * L; k++) e[k] = (step[k] as number) === -Infinity ? 0 : Math.exp(((step[k] as number) - max) * factor);
    return e;
  });
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const e = potentials[i];
    let sum = 0;
    for (let y = 0; y < L; y++) {
      let v = 0;
      if (i === 0) v = e ? (e[y] as number) : y === 0 ? 1 : 0; // the paragraph opens after an O
      else for (let p = 0; p < L; p++) v += (alpha[(i - 1) * L + p] as number) * (e ? (e[p * L + y] as number) : y === 0 ? 1 : 0);
      alpha[i * L + y] = v;
      sum += v;
    }
    for (let y = 0; y < L; y++) alpha[i * L + y] = (alpha[i * L + y] as number) / (sum || 1);
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
  for (let i = n - 2; i >= 0; i--) {
    const e = potentials[i + 1];
    let sum = 0;
    for (let p = 0; p < L; p++) {
      let v = 0;
      for (let y = 0; y < L; y++) v += (e ? (e[p * L + y] as number) : y === 0 ? 1 : 0) * (beta[(i + 1) * L + y] as number);
      beta[i * L + p] = v;
      sum += v;
    }
    for (let p = 0; p < L; p++) beta[i * L + p] = (beta[i * L + p] as number) / (sum || 1);
  }
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let y = 0; y < L; y++) z += (alpha[i * L + y] as number) * (beta[i * L + y] as number);
    for (let y = 0; y < L; y++) out[i * L + y] = ((alpha[i * L + y] as number) * (beta[i * L + y] as number)) / (z || 1);
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
