/**
 * Enrichment (issue 3): entities, quotes with speakers, figures with claimants and dated events
 * for one document. Pure and deterministic (no clock, no I/O, no randomness) so the build can
 * run it in worker threads and rebuilds give identical output.
 *
 * Order matters: entities are merged across the whole document first (so "Chun said" resolves to
 * "Chun In-bum" seen earlier), then each paragraph's quotes, events and figures are found in
 * reading order, carrying the last speaker forward for "he said".
 */
import type { DatedEvent, Entity, Figure, Paragraph, Quote } from '../../../shared/corpus';
import { ParagraphSources } from './attribution';
import { canonicalEntities, type LocatedMention, type ResolvedMention } from './canonical-names';
import { findMentions, readRules, ruleFeatures } from './entities';
import { untypeDefinedTerms } from './defined-terms';
import { untypeWorkTitles } from './work-titles';
import { findEvents } from './events';
import { findFigures } from './figures';
import { tokenize } from './name-runs';
import { documentWords, tokenContext } from './ner-features';
import { type NerModel, shippedNerModel } from './ner-model';
import { findQuoteSpans } from './quotes';
import { splitSentences } from './sentences';
import { untypeNamedThings } from './named-things';
import { rejoinSentenceOpeners } from './sentence-openers';
import { shareClubType } from './sports-clubs';
import { decideConversation } from './conversation-model';
import { Discourse, type ParagraphView } from './dialogue';
import { personLikeNames } from './fiction-people';
import { attributeQuotes, newSpeakerMemory } from './speakers';

export interface EnrichInput {
  title: string;
  /** YYYY-MM-DD; relative dates ("on Wednesday") resolve against it. */
  published: string | null;
  paragraphs: readonly Paragraph[];
}

export interface Enrichment {
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  events: DatedEvent[];
}

/** `model`: the entity tagger (the shipped one; scripts/eval-enrich/cross-validate-ner.ts passes others). */
export function enrichDocument(input: EnrichInput, model: NerModel = shippedNerModel()): Enrichment {
  const prepared = input.paragraphs.map((p) => {
    const sentences = splitSentences(p.text);
    const tokens = tokenize(p.text);
    // The rules read every paragraph first: the tagger's document features include their verdicts.
    const reading = readRules(p.text, tokens, sentences);
    return { paragraph: p, sentences, tokens, reading, context: tokenContext(p.text, tokens, sentences, null, ruleFeatures(reading, tokens.length)) };
  });
  const words = documentWords(prepared.map((p) => p.context));
  const located: LocatedMention[] = [];
  const acronyms = new Map<string, string>();
  prepared.forEach(({ paragraph, sentences, tokens, reading }, paragraphIndex) => {
    const found = findMentions(paragraph.text, tokens, sentences, model, words, reading);
    for (const m of found.mentions) located.push({ ...m, paragraphId: paragraph.id, paragraphIndex });
    for (const [short, full] of found.acronyms) if (!acronyms.has(short)) acronyms.set(short, full);
  });
  const texts = input.paragraphs.map((p) => p.text);
  rejoinSentenceOpeners(located, texts);
  untypeNamedThings(located, texts);
  untypeWorkTitles(located, texts);
  untypeDefinedTerms(located, texts);
  shareClubType(located);
  const { entities, resolved } = canonicalEntities(located, acronyms);
  const byParagraph = new Map<number, ResolvedMention[]>();
  for (const r of resolved) {
    const list = byParagraph.get(r.paragraphIndex);
    if (list) list.push(r);
    else byParagraph.set(r.paragraphIndex, [r]);
  }

  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  const events: DatedEvent[] = [];
  // Quotes and their masks first, for the whole document: who is "he" and whether it is told
  // as dialogue are read from all of it (dialogue.ts) before any speaker is chosen.
  const quoteSpansOf = prepared.map(({ paragraph, sentences }) => findQuoteSpans(paragraph.text, sentences));
  const readViews = (): ParagraphView[] => {
    let previousOrganization: string | null = null;
    return prepared.map(({ paragraph }, paragraphIndex) => {
      const quoteSpans = quoteSpansOf[paragraphIndex]!;
      const mentions = byParagraph.get(paragraphIndex) ?? [];
      const sources = new ParagraphSources(paragraph.text, mentions, quoteSpans, previousOrganization);
      previousOrganization = mentions.filter((m) => m.entityType === 'organization').pop()?.entity ?? previousOrganization;
      return { text: paragraph.text, sources, mentions, quotes: quoteSpans };
    });
  };
  let views = readViews();
  let discourse = new Discourse(views);
  // Told fiction: a character the recogniser typed as a place or firm is a person (fiction-people.ts).
  const people = discourse.dialogue ? personLikeNames(texts, resolved, (p, at) => (views[p]?.sources.insideQuote(at) ?? null) !== null) : new Set<string>();
  if (people.size > 0) {
    for (const r of resolved) if (people.has(r.entity)) r.entityType = 'person';
    for (const e of entities) if (people.has(e.name)) e.type = 'person';
    views = readViews();
    discourse = new Discourse(views);
  }
  const memory = newSpeakerMemory(discourse);
  prepared.forEach(({ paragraph, sentences }, paragraphIndex) => {
    const { sources, mentions, quotes: quoteSpans } = views[paragraphIndex]!;
    const paragraphQuotes = attributeQuotes(paragraph.id, sources, sentences, quoteSpans, memory, paragraphIndex, mentions);
    const paragraphEvents = findEvents(paragraph.id, paragraph.text, sentences, input.published);
    quotes.push(...paragraphQuotes);
    events.push(...paragraphEvents);
    figures.push(...findFigures({
      paragraphId: paragraph.id, text: paragraph.text, sentences, sources, quoteSpans,
      quotes: paragraphQuotes, events: paragraphEvents, memory, paragraphIndex,
    }));
  });
  // A conversation's speakers are decided together, once every turn has been read.
  const steps = memory.discourse?.dialogue ? memory.discourse.steps : [];
  if (steps.length > 0) decideConversation(steps, quotes, figures);
  return { entities, quotes, figures, events };
}
