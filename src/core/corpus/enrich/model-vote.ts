/**
 * Rules and the trained tagger, combined. The rules find candidate names (capitalised runs, split
 * at titles) and type them with a strength (entities.ts); the tagger (ner-model.ts) reads every
 * token in context. A strong rule always wins; a medium one yields only when the model is very
 * sure of another type (on dev data: never); a weak fallback yields readily, and is vetoed when the model is sure the
 * run is no name at all ("PC", "GMT", "Chelsea" the club are where the old fallbacks failed).
 * Names the rules dropped (a sentence-opening "Apple") are added when the model is confident.
 */
import type { EntityType } from '../../../shared/corpus';
import { CALENDAR, type Classified, NEVER_NAMES, type RawMention } from './entities';
import { isDemonym } from './lexicon';
import { LABELS, type TokenTag } from './ner-model';
import { type Token } from './name-runs';

export interface ModelVerdict {
  /** null: the model tags these tokens as no entity. */
  type: EntityType | null;
  confidence: number;
}

/** The model's reading of tokens [from, to): the entity type most of them carry, and how sure. */
export function modelVerdict(tags: readonly TokenTag[], from: number, to: number): ModelVerdict {
  const votes = new Map<EntityType | null, { n: number; confidence: number }>();
  for (let k = from; k < to; k++) {
    const tag = tags[k];
    if (!tag) continue;
    const label = LABELS[tag.label] as string;
    const type = label === 'O' ? null : (label.slice(2) as EntityType);
    const v = votes.get(type) ?? { n: 0, confidence: 0 };
    v.n += 1;
    v.confidence += tag.confidence;
    votes.set(type, v);
  }
  let best: ModelVerdict = { type: null, confidence: 0 };
  let bestN = 0;
  for (const [type, v] of votes) {
    if (v.n > bestN || (v.n === bestN && type !== null && best.type === null)) {
      best = { type, confidence: v.confidence / v.n };
      bestN = v.n;
    }
  }
  return { type: best.type, confidence: best.confidence * (bestN / Math.max(1, to - from)) };
}

// Thresholds chosen on the dev split (scripts/eval-enrich/splits.ts), never on held-out data.
// Medium rules are never overridden: on dev every override level cost more than it gained.
const OVERRIDE: Record<Classified['strength'], number> = { strong: Infinity, medium: Infinity, weak: 0.6 };
const VETO = 0.9;
const ADOPT_UNKNOWN = 0.7;

export function combineWithModel(rule: Classified, model: ModelVerdict | null): RawMention {
  const { strength, ...mention } = rule;
  const base = { strong: 0.95, medium: 0.75, weak: 0.5 }[strength];
  if (!model) return { ...mention, confidence: base };
  if (mention.type === 'unknown') return { ...mention, confidence: 0 };
  if (model.type === mention.type) return { ...mention, confidence: Math.max(base, 0.6 + 0.4 * model.confidence) };
  if (model.type !== null && model.confidence >= OVERRIDE[strength]) return { ...mention, type: model.type, confidence: 0.4 + 0.4 * model.confidence };
  if (model.type === null && strength === 'weak' && model.confidence >= VETO) return { ...mention, type: 'unknown', confidence: 0 };
  return { ...mention, confidence: base * (strength === 'medium' ? 0.85 : 0.75) };
}

/**
 * A run no rule could type ("Hope North", "Sunderland Central Joe Whitfield"): the model's own
 * spans inside it, where it is sure enough, each with its type. The rest stays 'unknown', so
 * canonical-names can still merge it into a name seen in full elsewhere.
 */
export function adoptUnknown(text: string, tokens: readonly Token[], tags: readonly TokenTag[], from: number, to: number): RawMention[] {
  const out: RawMention[] = [];
  let k = from;
  while (k < to) {
    const label = LABELS[(tags[k] as TokenTag).label] as string;
    let end = k + 1;
    if (label !== 'O') while (end < to && LABELS[(tags[end] as TokenTag).label] === `I-${label.slice(2)}`) end += 1;
    const first = tokens[k] as Token;
    const last = tokens[end - 1] as Token;
    const confidence = Math.min(...tags.slice(k, end).map((t) => t.confidence));
    const type = label === 'O' ? 'unknown' : (label.slice(2) as EntityType);
    const sure = type !== 'unknown' && confidence >= ADOPT_UNKNOWN;
    const mention: RawMention = { text: text.slice(first.start, last.end), start: first.start, end: last.end, type: sure ? type : 'unknown', confidence: sure ? 0.4 + 0.4 * confidence : 0 };
    const previous = out[out.length - 1];
    // Neighbouring unsure pieces stay one unknown run, as the rules found it.
    if (!sure && previous && previous.type === 'unknown') {
      previous.end = last.end;
      previous.text = text.slice(previous.start, last.end);
    } else out.push(mention);
    k = end;
  }
  return out;
}

const MODEL_ONLY = 0.9;

/** Confident model spans over capitalised words no rule mention covers. */
export function modelOnlyMentions(text: string, tokens: readonly Token[], tags: readonly TokenTag[], ruled: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  let k = 0;
  while (k < tags.length) {
    const label = LABELS[(tags[k] as TokenTag).label] as string;
    if (!label.startsWith('B-')) {
      k += 1;
      continue;
    }
    let end = k + 1;
    while (end < tags.length && LABELS[(tags[end] as TokenTag).label] === `I-${label.slice(2)}`) end += 1;
    const span = tokens.slice(k, end);
    const first = span[0] as Token;
    const last = span[span.length - 1] as Token;
    const confidence = Math.min(...tags.slice(k, end).map((t) => t.confidence));
    const name = text.slice(first.start, last.end);
    const plausible = span.every((t) => /^\p{Lu}/u.test(t.text) && !isDemonym(t.text)) && !(span.length === 1 && (CALENDAR.test(name) || NEVER_NAMES.has(name.toLowerCase())));
    const covered = ruled.some((m) => m.start < last.end && first.start < m.end);
    if (plausible && !covered && confidence >= MODEL_ONLY) {
      out.push({ text: name, start: first.start, end: last.end, type: label.slice(2) as EntityType, confidence: 0.4 + 0.4 * confidence });
    }
    k = end;
  }
  return out;
}
