/**
 * Rules and the trained tagger, combined by stacking. The rules find candidate names
 * (capitalised runs, split at titles) and type them with a strength (entities.ts); the tagger
 * (ner-model.ts) reads every token in context *with the rules' verdict among its features*, so
 * it has learned on the training split when each kind of rule tends to be right. Where a rule is
 * precise it still decides: a strong or medium rule keeps its span and type, and a run the rules
 * call no name at all ("GMT", "an Oscar") stays none. Elsewhere the tagger's spans decide.
 */
import type { EntityType } from '../../../shared/corpus';
import { CALENDAR, type Classified, isNeverName, type RawMention, type RuleReading } from './entities';
import { isDictionaryWord } from './common-words';
import { placeKind } from './gazetteer';
import { DIRECTIONS, isCommonWord, isCountryWord, isDemonym, isOrgHead, isPlaceHead, isPlaceWord } from './lexicon';
import { LABELS, type TokenTag, taggedSpans } from './ner-model';
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

const BASE: Record<Classified['strength'], number> = { strong: 0.95, medium: 0.75, weak: 0.5 };
/** A weak guess yields to a model sure of another type (thresholds from the dev split only). */
const WEAK_OVERRIDE = 0.6;

/** A rule's mention with a confidence: higher when the model agrees. */
export function combineWithModel(rule: Classified, model: ModelVerdict | null): RawMention {
  const { strength, ...mention } = rule;
  const base = BASE[strength];
  if (mention.type === 'unknown') return { ...mention, confidence: 0 };
  if (!model) return { ...mention, confidence: base };
  if (model.type === mention.type) return { ...mention, confidence: Math.max(base, 0.6 + 0.4 * model.confidence) };
  if (strength === 'weak' && model.type !== null && model.confidence >= WEAK_OVERRIDE) return { ...mention, type: model.type, confidence: 0.4 + 0.4 * model.confidence };
  return { ...mention, confidence: base * (strength === 'medium' ? 0.85 : 0.75) };
}

/**
 * How sure (marginal probability, lowest over the span's tokens) the tagger must be of a span no
 * rule typed the same way. Chosen on the dev split (scripts/eval-enrich/splits.ts), never on
 * held-out data: the tagger's unconfirmed person spans are where its false names are ("Year
 * Zero", "Nature"). Organisations are where the rules miss most (band, firm and library names
 * no lexicon holds) and, with the document features, where the tagger is right more often
 * than not: 0.5 raised dev organisation F1 from 0.65 to 0.67 at no cost to the other types.
 */
const UNCONFIRMED: Record<EntityType, number> = { person: 0.9, organization: 0.5, place: 0.9 };

/**
 * The tagger's person spans it is less sure of still stand when every word is one no dictionary
 * knows, written as names are ("Kiki Cuyler", "Solon Bixler"): most of the false people under
 * UNCONFIRMED are capitalised common words ("Rock Video", "Hot Lotto") or single words the
 * text uses for a place or band. Two or three words; 0.6 chosen on the dev split (0.55 to 0.65
 * score the same; single words lowered fixture precision).
 */
const UNCOMMON_PERSON = 0.6;
const NAME_WORD = /^(?:Mc|Mac|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function uncommonFullName(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  return tokens.slice(from, to).every(({ text: w }) => NAME_WORD.test(w) && !isCommonWord(w) && !isDemonym(w) && !isPlaceWord(w.toLowerCase()) && !isOrgHead(w) && !isPlaceHead(w));
}

const startsName = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);

function plausibleSpan(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  if (!startsName(first.text) || !startsName(last.text)) return false;
  if (tokens.slice(from, to).every((t) => isDemonym(t.text) || !/^\p{Lu}/u.test(t.text))) return false;
  const name = text.slice(first.start, last.end);
  return !(to - from === 1 && (CALENDAR.test(name) || isNeverName(name)));
}

/**
 * A place only the words before it say ("in Windows", "for Eternal Sunshine", "in Media Player"),
 * made of ordinary English words, that neither the gazetteer nor a place word in the name
 * ("Stadium", "Road", "-shire", "Leeds North") backs and the tagger does not read as a place: on
 * the BBC articles most such names are products, events and films, so the rule's verdict is no
 * stronger than a guess there.
 */
function unsupportedPlace(rule: Classified, verdict: ModelVerdict): boolean {
  if (rule.type !== 'place' || rule.strength !== 'medium' || verdict.type === 'place') return false;
  const words = rule.text.split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  if (placeKind(rule.text) || isPlaceWord(rule.text.toLowerCase()) || isCountryWord(rule.text) || words.some((w) => isPlaceHead(w)) || /shire$/u.test(last)) return false;
  if (words.length > 1 && DIRECTIONS.has(last.toLowerCase())) return false;
  // Only a name of ordinary words and nationalities ("for American Beauty"): "in Dravko Meljec",
  // "in the Indo-Pacific" stay places.
  return rule.text.split(/[\s-]+/u).every((w) => isDictionaryWord(w.replace(/['’]s$/u, '')) || isDemonym(w));
}

/**
 * The paragraph's mentions, in order of trust: strong and medium rules (on the fixtures and on
 * dev, letting the tagger override a medium rule cost more than it gained); then the tagger's
 * spans where no such rule stands, which may join runs the rules cut ("Baseball Hall" + "of
 * Fame") or split or retype a weak guess; then the weak guesses the tagger left alone. Runs the
 * rules could not type stay 'unknown', so canonical-names can still merge "Zelensky" into a
 * person seen in full elsewhere.
 */
export function decideMentions(text: string, tokens: readonly Token[], reading: RuleReading, tags: readonly TokenTag[]): RawMention[] {
  const out: RawMention[] = [];
  const taken: { from: number; to: number }[] = [];
  const overlaps = (from: number, to: number): boolean => taken.some((t) => t.from < to && from < t.to);
  for (const r of reading.ruled) {
    if (r.rule.strength === 'weak' || r.rule.type === 'unknown') continue;
    const verdict = modelVerdict(tags, r.from, r.to);
    // Left untyped, and the tagger's spans kept off it: on the dev split letting them retype
    // these names made organisations of them more often than not.
    if (unsupportedPlace(r.rule, verdict)) out.push({ ...combineWithModel(r.rule, null), type: 'unknown', confidence: 0 });
    else out.push(combineWithModel(r.rule, verdict));
    taken.push(r);
  }
  const rejected = new Set(reading.rejected.map((r) => `${r.from}:${r.to}`));
  // An event's name is no name at all, nor any part of it ("Detroit Motor" of "Detroit Motor Show").
  for (const r of reading.rejected) if (r.whole === true) taken.push(r);
  for (const span of taggedSpans(tags)) {
    if (overlaps(span.from, span.to) || rejected.has(`${span.from}:${span.to}`) || !plausibleSpan(text, tokens, span.from, span.to)) continue;
    const same = reading.ruled.find((r) => r.from === span.from && r.to === span.to && r.rule.type === span.type);
    if (!same && span.confidence < UNCONFIRMED[span.type] && !(span.type === 'person' && span.confidence >= UNCOMMON_PERSON && uncommonFullName(tokens, span.from, span.to))) continue;
    const first = tokens[span.from] as Token;
    const last = tokens[span.to - 1] as Token;
    const base = same ? BASE[same.rule.strength] : 0;
    out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, type: span.type, confidence: Math.max(base, 0.4 + 0.4 * span.confidence) });
    taken.push(span);
  }
  for (const r of reading.ruled) {
    if (overlaps(r.from, r.to)) continue;
    if (r.rule.type !== 'unknown') out.push(combineWithModel(r.rule, modelVerdict(tags, r.from, r.to)));
    else if (!r.beforeTitle) out.push({ ...combineWithModel(r.rule, null), type: 'unknown', confidence: 0 });
  }
  return out;
}
