/**
 * Speakers of a whole conversation decided together. The per-quote ranker (speaker-ranker.ts)
 * chooses left to right from the turns it has already guessed, so one wrong guess sets every
 * later untagged turn out of phase, and a tag a few turns later ("…,” replied he) cannot correct
 * the turns before it. Here every quote of a dialogue document is one step of a sequence: quotes
 * the text attributes explicitly (a name, a tag, a description) are fixed, the others choose
 * among the ranker's candidates, and the best sequence is found exactly by second-order Viterbi
 * over local features (the ranker's, minus those read from earlier guesses) plus transition
 * features between neighbouring steps: the same speaker as the step before or the one before
 * that, by how many paragraphs apart and whether the quote stands alone, and who each quote
 * addresses (the person a turn speaks to answers it). Local features also carry the per-quote
 * ranker's own opinion (its order and probability). The weights are a log-linear model fitted by
 * pseudo-likelihood in `npm run train:speakers`. Deterministic; no I/O.
 */
import { type CandidateInfo, type QuoteContext, candidateFeatures } from './speaker-ranker';

export interface Step {
  paragraph: number;
  /** The quote is all its paragraph holds (no narrative around it). */
  bare: boolean;
  /**
   * The paragraph ends with narrative after its last quote ("…,” said Ann.") rather than with
   * the quote: the next paragraph's quote answers a quote-final paragraph far more often.
   */
  endsInNarrative?: boolean;
  /** Names the quote addresses ("“…, Turkey,”"): the listener, never the speaker. */
  addressed: readonly string[];
  /** Fixed speaker of an explicitly attributed quote (null: the text gives none). */
  fixed: string | null;
  /** Present for the quotes the ranker decides: its context and candidates. */
  ranked?: { ctx: QuoteContext; candidates: readonly CandidateInfo[]; prior?: readonly number[] };
  /** Takes the decided speaker of the nearest other quote of its paragraph ('paragraph' via). */
  follows?: boolean;
}

export interface ConversationModel {
  weights: ReadonlyMap<string, number>;
  temperature: number;
}

/** Local features computed from earlier guesses are left to the transitions. */
const FROM_GUESSES = /^(?:prev|last|t\d)|\|prev\d$/;

/** The ranker's features of each candidate, less those it reads from earlier guesses. */
export function localFeatures(ctx: QuoteContext, candidates: readonly CandidateInfo[]): string[][] {
  return candidateFeatures(ctx, candidates).map((fs) => fs.filter((f) => !FROM_GUESSES.test(f)).map((f) => `L:${f}`));
}

const gap = (a: Step, b: Step): string => {
  const d = b.paragraph - a.paragraph;
  return d <= 0 ? '0' : d === 1 ? '1' : d === 2 ? '2' : 'far';
};

/**
 * Features of step t saying `s` given the two steps before say `s1` and `s2` (null: none or
 * unknown). They are what the turn-taking of a conversation looks like.
 */
export function transitionFeatures(steps: readonly Step[], t: number, s: string | null, s1: string | null, s2: string | null): string[] {
  const f: string[] = [];
  const here = steps[t]!;
  const prev = steps[t - 1];
  if (!prev || s === null) return f;
  const g1 = gap(prev, here);
  const b = here.bare ? 'b' : 'n';
  const tail = prev.endsInNarrative ? 't' : 'q';
  if (s1 !== null && s === s1) f.push(`T:same1|${g1}|${b}`, `T:same1|${g1}|${tail}`);
  if (s1 !== null && s !== s1) f.push(`T:diff1|${g1}|${b}`, `T:diff1|${g1}|${tail}`);
  if (s1 !== null && here.addressed.includes(s1)) f.push(`T:answers|${g1}`, `T:answers|${g1}|${s === s1 ? 'same' : 'other'}`);
  if (prev.addressed.includes(s)) f.push(`T:addressed-before|${g1}`);
  const prev2 = steps[t - 2];
  if (prev2 && s2 !== null && s1 !== null) {
    const g2 = gap(prev2, prev);
    const shape = s === s2 ? (s1 === s2 ? 'aaa' : 'aba') : s === s1 ? 'baa' : s1 === s2 ? 'bba' : 'abc';
    f.push(`T:${shape}|${g2}${g1}`, `T:${shape}|${g2}${g1}|${b}`);
  }
  return f;
}

/** The speakers a step may take: its fixed one, or each ranked candidate. */
export function options(step: Step): (string | null)[] {
  if (step.ranked && step.ranked.candidates.length > 0) return step.ranked.candidates.map((c) => c.name);
  return [step.fixed];
}

/**
 * Whether a step may say `speaker` at all: never someone its quote calls by name ("“…, Kitty,”",
 * "Good evening, doctor"), who is the listener. The weights only make that unlikely, and a
 * strong transition (the same speaker as two turns before) could outvote them.
 */
export const admissible = (step: Step, speaker: string | null): boolean => speaker === null || !step.addressed.includes(speaker);

/** Per step, per option: local features (none for a fixed step). */
export function localTable(steps: readonly Step[]): string[][][] {
  return steps.map((s) => {
    if (!s.ranked || s.ranked.candidates.length === 0) return [[]];
    const table = localFeatures(s.ranked.ctx, s.ranked.candidates);
    const prior = s.ranked.prior;
    if (prior) table.forEach((f, i) => f.push(...priorFeatures(prior, i, s.ranked!.ctx.via)));
    return table;
  });
}

/** The per-quote ranker's opinion of candidate i: its place in the ranker's order and how sure. */
function priorFeatures(prior: readonly number[], i: number, via: string): string[] {
  const p = prior[i] ?? 0;
  const place = prior.filter((q) => q > p).length;
  const bin = p >= 0.8 ? 4 : p >= 0.6 ? 3 : p >= 0.4 ? 2 : p >= 0.2 ? 1 : 0;
  return [`P:place${Math.min(place, 3)}`, `P:place${Math.min(place, 3)}|${via}`, `P:p${bin}`, `P:p${bin}|place${Math.min(place, 1)}`];
}

const sum = (w: ReadonlyMap<string, number>, f: readonly string[]): number => {
  let s = 0;
  for (const x of f) s += w.get(x) ?? 0;
  return s;
};

/**
 * The highest-scoring choice of option per step (indices into options(step)). `allowed`, when
 * given, restricts a step to some options (training decodes the gold-constrained best path).
 * Steps that follow their paragraph are decided afterwards and skipped here.
 */
export function decode(steps: readonly Step[], w: ReadonlyMap<string, number>, local: readonly string[][][], allowed?: readonly (readonly boolean[] | null)[]): number[] {
  const idx = steps.map((s, i) => (s.follows ? -1 : i)).filter((i) => i >= 0);
  const seq = idx.map((i) => steps[i]!);
  const opts = seq.map((s, k) => {
    const all = options(s).map((o, j) => ({ o, j })).filter(({ j }) => allowed?.[idx[k]!]?.[j] ?? true);
    const possible = all.filter(({ o }) => admissible(s, o));
    return possible.length > 0 ? possible : all;
  });
  const n = seq.length;
  if (n === 0) return steps.map(() => 0);
  // best[k] maps (option at k-1, option at k) -> score and the option at k-2 it came from.
  let best: { score: number; back: number }[][] = [opts[0]!.map(({ j }) => ({ score: sum(w, local[idx[0]!]![j] ?? []), back: -1 }))];
  const backs: { score: number; back: number }[][][] = [best];
  for (let k = 1; k < n; k++) {
    const next: { score: number; back: number }[][] = [];
    const here = opts[k]!;
    const before = opts[k - 1]!;
    const before2 = k >= 2 ? opts[k - 2]! : [{ o: null, j: -1 }];
    for (let a = 0; a < before.length; a++) {
      const row: { score: number; back: number }[] = [];
      for (let c = 0; c < here.length; c++) {
        const s = here[c]!.o;
        const emit = sum(w, local[idx[k]!]![here[c]!.j] ?? []);
        let top = -Infinity;
        let arg = 0;
        for (let z = 0; z < before2.length; z++) {
          const prev = best[z]?.[a];
          if (!prev) continue;
          const score = prev.score + emit + sum(w, transitionFeatures(seq, k, s, before[a]!.o, before2[z]!.o));
          if (score > top) [top, arg] = [score, z];
        }
        row.push({ score: top, back: arg });
      }
      next.push(row);
    }
    best = next;
    backs.push(best);
  }
  // Trace back from the best final pair.
  let [a, c] = [0, 0];
  let top = -Infinity;
  best.forEach((row, i) => row.forEach((cell, j) => { if (cell.score > top) [top, a, c] = [cell.score, i, j]; }));
  const chosen = new Array<number>(n).fill(0);
  if (n === 1) chosen[0] = c;
  else {
    chosen[n - 1] = c;
    chosen[n - 2] = a;
    for (let k = n - 1; k >= 2; k--) {
      const z = backs[k]![chosen[k - 1]!]![chosen[k]!]!.back;
      chosen[k - 2] = z;
    }
  }
  const out = steps.map(() => 0);
  chosen.forEach((pick, k) => { out[idx[k]!] = opts[k]![pick]!.j; });
  return out;
}

/** The speaker each step ends with: its chosen option, a follower its paragraph's nearest quote's. */
export function speakersOf(steps: readonly Step[], choice: readonly number[]): (string | null)[] {
  const out = steps.map((s, i) => (s.follows ? null : options(s)[choice[i] ?? 0] ?? null));
  steps.forEach((s, i) => {
    if (!s.follows) return;
    for (let d = 1; d < steps.length; d++) {
      for (const j of [i - d, i + d]) {
        const o = steps[j];
        if (o && o.paragraph === s.paragraph && !o.follows && out[j]) return void (out[i] = out[j]!);
      }
      if (steps[i - d]?.paragraph !== s.paragraph && steps[i + d]?.paragraph !== s.paragraph) break;
    }
    out[i] = s.fixed;
  });
  return out;
}

/**
 * How sure the model is of each ranked step's speaker: a softmax over its options with its
 * neighbours held at what was decided.
 */
export function confidences(steps: readonly Step[], w: ReadonlyMap<string, number>, local: readonly string[][][], choice: readonly number[], temperature: number): number[] {
  const idx = steps.map((s, i) => (s.follows ? -1 : i)).filter((i) => i >= 0);
  const seq = idx.map((i) => steps[i]!);
  const said = idx.map((i) => options(steps[i]!)[choice[i] ?? 0] ?? null);
  const out = steps.map(() => 0);
  idx.forEach((i, k) => {
    const opts = options(steps[i]!);
    if (opts.length < 2) return;
    const scores = opts.map((o, j) => {
      const around = [...said];
      around[k] = o;
      let s = sum(w, local[i]![j] ?? []);
      for (let m = k; m <= Math.min(k + 2, seq.length - 1); m++) s += sum(w, transitionFeatures(seq, m, around[m] ?? null, around[m - 1] ?? null, around[m - 2] ?? null));
      return s;
    });
    const top = scores[choice[i] ?? 0]!;
    let total = 0;
    for (const s of scores) total += Math.exp((s - top) / temperature);
    out[i] = 1 / total;
  });
  return out;
}
