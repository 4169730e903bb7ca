/**
 * Trains the conversation decoder (src/core/corpus/enrich/conversation.ts): an averaged
 * structured perceptron. Each LitBank train document is enriched with the given local ranker
 * (as the shipped pipeline runs it) and its quote steps are captured before the decoder runs.
 * A ranked step whose candidates include a right speaker (rightSpeaker, as eval:enrich scores)
 * is constrained to the right ones; the others stay free (latent). Each epoch decodes every
 * document and, where the free best path differs from the constrained best path, moves the
 * weights towards the constrained one. Fixed order, no randomness: byte-identical weights.
 */
import { enrichDocument } from '../../src/core/corpus/enrich';
import { type Step, confidences, decode, localTable, options, pathFeatures } from '../../src/core/corpus/enrich/conversation';
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

export function trainConversation(sequences: readonly Sequence[], epochs: number): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const bump = (name: string, by: number): void => {
    const old = w.get(name) ?? 0;
    total.set(name, (total.get(name) ?? 0) + old * (step - (stamp.get(name) ?? 0)));
    stamp.set(name, step);
    w.set(name, old + by);
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const s of sequences) {
      step += 1;
      const guess = decode(s.steps, w, s.local);
      const target = decode(s.steps, w, s.local, s.allowed);
      if (guess.every((g, i) => g === target[i])) continue;
      const delta = new Map<string, number>();
      for (const f of pathFeatures(s.steps, s.local, target)) delta.set(f, (delta.get(f) ?? 0) + 1);
      for (const f of pathFeatures(s.steps, s.local, guess)) delta.set(f, (delta.get(f) ?? 0) - 1);
      for (const [f, by] of [...delta].sort(([a], [b]) => (a < b ? -1 : 1))) if (by !== 0) bump(f, by);
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
