/**
 * Training data for the conversation decoder (src/core/corpus/enrich/conversation.ts). Each
 * LitBank train document is enriched with the given per-quote ranker (as the shipped pipeline
 * runs it) and its quote steps are captured before the decoder runs. A ranked step whose
 * candidates include a right speaker (rightSpeaker, as eval:enrich scores) is one example.
 * The decoder is fitted by pseudo-likelihood: each example's options are scored with its
 * neighbours held at their gold speakers, by the same softmax as the ranker (softmax.ts); a
 * structured perceptron over whole decoded paths was tried first and swung by several quotes
 * on dev with each small change of the ranker. Deterministic.
 */
import { enrichDocument } from '../../src/core/corpus/enrich';
import { type Step, confidences, decode, localTable, options, transitionFeatures } from '../../src/core/corpus/enrich/conversation';
import type { RankExample } from './softmax';
import { setConversationTrace } from '../../src/core/corpus/enrich/conversation-model';
import { type SpeakerModel, setSpeakerTrace } from '../../src/core/corpus/enrich/speaker-ranker';
import type { AnnotatedDoc } from '../eval-enrich/annotated-doc';
import { matchGoldQuotes, rightSpeaker } from '../eval-enrich/score-attribution';

export interface Sequence {
  steps: readonly Step[];
  local: string[][][];
  /** Per step: which options are right (null: free, no gold or no right option). */
  allowed: (boolean[] | null)[];
}

export function sequencesOf(docs: readonly AnnotatedDoc[], ranker: SpeakerModel): Sequence[] {
  const out: Sequence[] = [];
  for (const doc of docs) {
    let steps: readonly Step[] = [];
    setSpeakerTrace(() => {}, ranker);
    setConversationTrace((s) => { steps = s; }, null);
    const result = enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs });
    setConversationTrace(null);
    setSpeakerTrace(null);
    if (steps.length !== result.quotes.length || !steps.some((s) => s.ranked)) continue;
    const index = new Map(result.quotes.map((q, i) => [q, i]));
    const allowed: (boolean[] | null)[] = steps.map(() => null);
    for (const { quote, gold } of matchGoldQuotes(doc, result.quotes)) {
      const i = index.get(quote) ?? -1;
      const step = steps[i];
      if (!step?.ranked || step.ranked.candidates.length === 0) continue;
      const right = options(step).map((o) => rightSpeaker(o, gold));
      if (right.some(Boolean)) allowed[i] = right;
    }
    out.push({ steps, local: localTable(steps), allowed });
  }
  return out;
}

/** Right / ranked steps with gold, decoding each sequence with `w`. */
export function sequenceAccuracy(w: ReadonlyMap<string, number>, sequences: readonly Sequence[]): string {
  let right = 0;
  let judged = 0;
  let reachable = 0;
  for (const s of sequences) {
    const choice = decode(s.steps, w, s.local);
    s.allowed.forEach((a, i) => {
      if (!a) return;
      reachable += 1;
      if (a[choice[i] ?? 0]) right += 1;
    });
    judged += s.steps.filter((x) => x.ranked && x.ranked.candidates.length > 0).length;
  }
  return `${right}/${reachable} steps with a right candidate (${judged} ranked steps)`;
}

/** The softmax temperature under which the decided steps' confidences are most likely right. */
export function fitConversationTemperature(w: ReadonlyMap<string, number>, sequences: readonly Sequence[]): number {
  const decided = sequences.map((s) => decode(s.steps, w, s.local));
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.1; t <= 8; t *= 1.15) {
    let loss = 0;
    sequences.forEach((s, k) => {
      const choice = decided[k]!;
      const sure = confidences(s.steps, w, s.local, choice, t);
      s.allowed.forEach((a, i) => {
        if (!a || options(s.steps[i]!).length < 2) return;
        const p = Math.min(1 - 1e-6, Math.max(1e-6, sure[i] ?? 0));
        loss -= a[choice[i] ?? 0] ? Math.log(p) : Math.log(1 - p);
      });
    });
    if (loss < bestLoss) [best, bestLoss] = [t, loss];
  }
  return Math.round(best * 1000) / 1000;
}

/**
 * Pseudo-likelihood examples: each ranked step with a right candidate, its neighbours held at
 * their gold speaker (the first right option; a fixed step's own; else the per-quote ranker's
 * pick), and each option's features: its local ones plus every transition it takes part in.
 */
export function pseudoExamples(sequences: readonly Sequence[]): RankExample[] {
  const out: RankExample[] = [];
  for (const s of sequences) {
    const idx = s.steps.map((x, i) => (x.follows ? -1 : i)).filter((i) => i >= 0);
    const seq = idx.map((i) => s.steps[i]!);
    const held = idx.map((i) => {
      const step = s.steps[i]!;
      const opts = options(step);
      const right = s.allowed[i];
      if (right) return opts[right.indexOf(true)] ?? null;
      const prior = step.ranked?.prior;
      if (prior && prior.length === opts.length) return opts[prior.indexOf(Math.max(...prior))] ?? null;
      return opts[0] ?? null;
    });
    idx.forEach((i, k) => {
      const right = s.allowed[i];
      if (!right) return;
      const opts = options(s.steps[i]!);
      const features = opts.map((o, j) => {
        const around = [...held];
        around[k] = o;
        const f = [...(s.local[i]![j] ?? [])];
        for (let m = k; m <= Math.min(k + 2, seq.length - 1); m++) f.push(...transitionFeatures(seq, m, around[m] ?? null, around[m - 1] ?? null, around[m - 2] ?? null));
        return f;
      });
      out.push({ features, right });
    });
  }
  return out;
}
