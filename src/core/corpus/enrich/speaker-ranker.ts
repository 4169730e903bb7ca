/**
 * A learned choice among the people who could have said an untagged or pronoun-tagged quote in
 * dialogue: the rules (speakers.ts, dialogue.ts) propose one, the ranker weighs it against the
 * other people of the scene by recency, turn-taking, the tag's pronoun, who is addressed and who
 * the paragraph names. It is a softmax (conditional logit) over sparse binary features, trained
 * by `npm run train:speakers` (scripts/train-speakers.ts) on the LitBank train split; weights in
 * speaker-model/speaker-weights.json (see speaker-model/NOTICE.md). Deterministic; no I/O.
 */
import weightsFile from './speaker-model/speaker-weights.json' with { type: 'json' };
import { type Gender } from './dialogue-tags';

/**
 * How the rules found a quote's speaker, most to least direct. 'subject': the person the
 * paragraph of narration before an untagged line ends on ("Terry blazed up. ¶ “…”").
 */
export type Via = 'cue' | 'tag' | 'desc' | 'narrator' | 'subject' | 'pronoun' | 'paragraph' | 'carried' | 'narrative' | 'addressee' | 'alternate' | 'other' | 'none';

/** The ways the ranker may overrule: the others are explicit in the text. */
export const RANKED: ReadonlySet<Via> = new Set<Via>(['pronoun', 'narrative', 'addressee', 'alternate', 'other', 'none', 'carried']);

export interface QuoteContext {
  via: Via;
  ruleName: string | null;
  /** The tag's pronoun gender ("said he" -> 'm'); undefined without a pronoun tag. */
  pronoun?: Gender;
  addressed: ReadonlySet<string>;
  /** People the paragraph's narrative names before / after the quote. */
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
  /** People named in the next paragraphs but not before the quote (look-ahead candidates). */
  ahead?: ReadonlySet<string>;
  /** People the quote itself names (not only as its addressee). */
  inQuote?: ReadonlySet<string>;
  /** People the paragraph before names or hears speak. */
  previousParagraph?: ReadonlySet<string>;
  /** Speakers of the turns in the paragraph before and the one before that (null if none there). */
  prev1: string | null;
  prev2: string | null;
  prev1Addressee: string | null;
  /** Speaker of the last turn wherever it was. */
  lastSpeaker: string | null;
  bare: boolean;
  firstInParagraph: boolean;
}

export interface CandidateInfo {
  name: string;
  /** 0 = the most recently named person. */
  rank: number;
  gender: Gender;
  description: boolean;
  narrator: boolean;
  /** Times named or heard so far in the document. */
  mentions: number;
  /** Turns of the last eight that were theirs. */
  turns: number;
}

/** Per candidate, its rank among the named, the described, and those of the tag pronoun's gender. */
function ranks(ctx: QuoteContext, all: readonly CandidateInfo[]): { kind: number; gendered: number }[] {
  let named = 0;
  let described = 0;
  let gendered = 0;
  return all.map((c) => {
    const kind = c.description ? described++ : named++;
    const fits = ctx.pronoun !== undefined && c.gender === ctx.pronoun;
    return { kind, gendered: fits ? gendered++ : -1 };
  });
}

export function features(ctx: QuoteContext, c: CandidateInfo, r: { kind: number; gendered: number } = { kind: c.rank, gendered: -1 }): string[] {
  const f: string[] = [];
  const via = ctx.via;
  const rank = `r${Math.min(c.rank, 6)}`;
  const kindRank = `${c.description ? 'd' : 'n'}${Math.min(r.kind, 4)}`;
  f.push(rank, `${rank}|${via}`, kindRank, `${kindRank}|${via}`);
  if (r.gendered >= 0) f.push(`g${Math.min(r.gendered, 3)}`, `g${Math.min(r.gendered, 3)}|${kindRank}`);
  f.push(`m${c.mentions >= 8 ? 3 : c.mentions >= 4 ? 2 : c.mentions >= 2 ? 1 : 0}`, `t${Math.min(c.turns, 3)}`, `t${Math.min(c.turns, 3)}|${via}`);
  if (c.name === ctx.ruleName) f.push('rule', `rule|${via}`);
  if (ctx.pronoun !== undefined) {
    const fit = c.gender === null ? 'unk' : c.gender === ctx.pronoun ? 'match' : 'clash';
    f.push(`pron|${fit}`, `pron|${fit}|${rank}`, `pron|${fit}|${kindRank}`);
    if (c.narrator) f.push('pron|narrator');
    if (c.name === ctx.prev1) f.push(`pron|${fit}|prev1`);
    if (c.name === ctx.prev2) f.push(`pron|${fit}|prev2`);
    if (ctx.before.has(c.name)) f.push(`pron|${fit}|before`);
  }
  if (ctx.addressed.has(c.name)) f.push('addressed');
  if (ctx.before.has(c.name)) f.push('para-before', `para-before|${via}`);
  if (ctx.after.has(c.name)) f.push('para-after', `para-after|${via}`);
  if (ctx.ahead?.has(c.name)) f.push('ahead', `ahead|${via}`, `ahead|bare=${ctx.bare}`);
  if (ctx.inQuote?.has(c.name) && !ctx.addressed.has(c.name)) f.push('in-quote', `in-quote|${via}`);
  if (ctx.previousParagraph?.has(c.name)) f.push('prev-para', `prev-para|bare=${ctx.bare}`);
  const p1 = c.name === ctx.prev1;
  const p2 = c.name === ctx.prev2;
  if (p1) f.push('prev1', `prev1|bare=${ctx.bare}`);
  if (p2) f.push('prev2', `prev2|bare=${ctx.bare}`, `prev2|prev1=${ctx.prev1 !== null}`);
  if (p1 && p2) f.push('prev12');
  if (c.name === ctx.prev1Addressee) f.push('prev1-addressee', `prev1-addressee|bare=${ctx.bare}`);
  if (c.name === ctx.lastSpeaker) f.push('last', `last|prev1=${ctx.prev1 !== null}`);
  if (c.description) f.push('desc');
  // "a man", "a wife": someone a sentence mentions in passing, whom coreference never tied to a name.
  if (c.description && /^(?:a|an)\s/.test(c.name)) f.push('indef', `indef|${via}`);
  if (c.narrator) f.push('narrator', `narrator|${via}`);
  if (!ctx.firstInParagraph) f.push(`later|${c.name === ctx.ruleName}`);
  return f;
}

export interface SpeakerModel {
  weights: ReadonlyMap<string, number>;
  /** Scales scores into probabilities (fitted on the training data). */
  temperature: number;
}

interface WeightsFile {
  format: number;
  temperature: number;
  weights: Record<string, number>;
}

let shipped: SpeakerModel | null = null;

export function loadSpeakerModel(file: WeightsFile): SpeakerModel {
  if (file.format !== 1) throw new Error('speaker-weights.json has an unknown format; run npm run train:speakers');
  return { weights: new Map(Object.entries(file.weights)), temperature: file.temperature };
}

export function shippedSpeakerModel(): SpeakerModel {
  shipped ??= loadSpeakerModel(weightsFile as WeightsFile);
  return shipped;
}

export function score(model: SpeakerModel, f: readonly string[]): number {
  let s = 0;
  for (const name of f) s += model.weights.get(name) ?? 0;
  return s;
}

/** The best candidate and how sure the model is of it (softmax over the candidates). */
export function choose(model: SpeakerModel, ctx: QuoteContext, candidates: readonly CandidateInfo[]): { name: string; probability: number } | null {
  if (candidates.length === 0) return null;
  const r = ranks(ctx, candidates);
  const scores = candidates.map((c, i) => score(model, features(ctx, c, r[i])));
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  const top = scores[best]!;
  let total = 0;
  for (const s of scores) total += Math.exp((s - top) / model.temperature);
  return { name: candidates[best]!.name, probability: 1 / total };
}

/** Every candidate's probability (softmax of the scores `choose` compares). */
export function probabilities(model: SpeakerModel, ctx: QuoteContext, candidates: readonly CandidateInfo[]): number[] {
  const scores = candidateFeatures(ctx, candidates).map((f) => score(model, f));
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp((s - top) / model.temperature));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

/** Every candidate's features, as `choose` computes them. */
export function candidateFeatures(ctx: QuoteContext, candidates: readonly CandidateInfo[]): string[][] {
  const r = ranks(ctx, candidates);
  return candidates.map((c, i) => features(ctx, c, r[i]));
}

/** Training hook: scripts/train-speakers.ts sees every ranked quote's candidates. */
export type SpeakerTrace = (event: { paragraphIndex: number; start: number; end: number; ctx: QuoteContext; candidates: readonly CandidateInfo[] }) => void;
let trace: SpeakerTrace | null = null;
let traceModel: SpeakerModel | null = null;
/**
 * When set, every ranked quote is reported; the ranker decides with `model` if given (a second
 * training round sees the turns as the ranker makes them), else the rules decide.
 */
export function setSpeakerTrace(fn: SpeakerTrace | null, model: SpeakerModel | null = null): void {
  trace = fn;
  traceModel = model;
}
export const speakerTrace = (): SpeakerTrace | null => trace;
export const tracedModel = (): SpeakerModel | null => traceModel;

/** Analysis hook (scripts/eval-enrich/speaker-errors.ts): how each quote's speaker was found. */
export type AttributionTrace = (event: { paragraphIndex: number; start: number; end: number; via: Via; candidates: readonly string[] | null }) => void;
let attribution: AttributionTrace | null = null;
export function setAttributionTrace(fn: AttributionTrace | null): void {
  attribution = fn;
}
export const attributionTrace = (): AttributionTrace | null => attribution;
