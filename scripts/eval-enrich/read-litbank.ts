/**
 * LitBank quotations (Sims & Bamman 2020) into AnnotatedDocs with gold quotes and the ways the
 * text names each speaker (from the coref layer: proper names, then descriptions). The text is
 * one tokenised sentence a line; it is detokenised, and a paragraph break is put where a line
 * opens a quotation or the previous line closed one (dialogue turns), unless the line starts in
 * lower case (a tag the sentence splitter cut off at the quote's "?" or "!"), since the
 * excerpts carry no paragraph marks. Entities are the proper-name mentions of the coref layer (PER -> person,
 * ORG -> organization, GPE / LOC / FAC -> place); the tagger trains on them, the scorer does not
 * score them (fiction is not the register the targets are about).
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../src/shared/corpus';
import { type AnnotatedDoc, type GoldEntity, type GoldQuote, TextBuilder, detokenisedSpaceBefore } from './annotated-doc';

type At = { paragraph: number; start: number; end: number };

export function readLitbank(quotationsDir: string, corefDir: string, name: string): AnnotatedDoc {
  const lines = readFileSync(`${quotationsDir}/${name}.txt`, 'utf8').split('\n');
  const builder = new TextBuilder();
  const positions: At[][] = [];
  let openQuote = false;
  let closedLast = false;
  for (const line of lines) {
    const tokens = line.split(' ').filter((t) => t.length > 0);
    const row: At[] = [];
    let previous: string | null = null;
    const opens = tokens[0] === '“' || (tokens[0] === '"' && !openQuote);
    // One sentence a line: "“Do you not want to know?” / cried his wife." splits a tag from its
    // quote at the "?". A line that starts in lower case continues the sentence, and a novel
    // never starts a paragraph that way.
    const continues = /^\p{Ll}/u.test(tokens[0] ?? '');
    const newParagraph = opens || (closedLast && !continues);
    for (const token of tokens) {
      const space = previous === null ? !newParagraph : detokenisedSpaceBefore(token, previous, openQuote);
      if (token === '"') openQuote = !openQuote;
      row.push(builder.add(token, { spaceBefore: space, newParagraph: previous === null && newParagraph }));
      previous = token;
    }
    const last = tokens[tokens.length - 1] ?? '';
    closedLast = last === '”' || (last === '"' && !openQuote);
    positions.push(row);
  }
  const paragraphs = builder.toParagraphs();

  const coref = readFileSync(`${corefDir}/${name}.ann`, 'utf8');
  const names = speakerNames(coref);
  const persons = personNames(coref);
  const entities = properNames(coref, positions);
  const rows = readFileSync(`${quotationsDir}/${name}.ann`, 'utf8').split('\n').map((l) => l.split('\t'));
  const speakerOf = new Map(rows.filter((r) => r[0] === 'ATTRIB').map((r) => [r[1] as string, r[2] as string]));
  const quotes: GoldQuote[] = [];
  const quoteRows = rows.filter((r) => r[0] === 'QUOTE');
  const narrators = firstPersonNarrators(coref, quoteRows);
  for (const r of rows) {
    if (r[0] !== 'QUOTE') continue;
    const from = positions[Number(r[2])]?.[Number(r[3])];
    const to = positions[Number(r[4])]?.[Number(r[5])];
    if (!from || !to || from.paragraph !== to.paragraph) continue; // multi-paragraph quotes are rare; skip
    const entity = speakerOf.get(r[1] as string) ?? '';
    const fallback = entity.replace(/-\d+$/, '').replace(/_/g, ' ');
    const speakers = [...(names.get(entity) ?? []), fallback];
    const own = new Set(speakers.map(fold));
    const rivals = [...persons].filter(([id]) => id !== entity).flatMap(([, ns]) => ns).filter((n) => !own.has(fold(n)));
    quotes.push({ paragraph: from.paragraph, start: from.start, end: to.end, speakers, rivals, narrator: narrators.has(entity), entity });
  }
  const people = personEntities(coref);
  const characters = new Map([...names].filter(([id]) => people.has(id) || quotes.some((q) => q.entity === id)));
  return { id: `litbank/${name.replace(/_brat$/, '')}`, published: null, paragraphs, entities, quotes, characters };
}

const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', GPE: 'place', LOC: 'place', FAC: 'place' };

/** Outermost proper-name mentions, as spans of the rebuilt text. */
function properNames(ann: string, positions: readonly At[][]): GoldEntity[] {
  const spans: GoldEntity[] = [];
  for (const r of ann.split('\n').map((l) => l.split('\t'))) {
    const type = TYPES[r[7] ?? ''];
    if (r[0] !== 'MENTION' || r[8] !== 'PROP' || !type) continue;
    const from = positions[Number(r[2])]?.[Number(r[3])];
    const to = positions[Number(r[4])]?.[Number(r[5])];
    if (from && to && from.paragraph === to.paragraph) spans.push({ paragraph: from.paragraph, start: from.start, end: to.end, type });
  }
  return spans.filter((a) => !spans.some((b) => b !== a && b.paragraph === a.paragraph && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}

/** Entity id -> its proper-name mentions, then its nominal ones ("the old man"). */
function speakerNames(ann: string): Map<string, string[]> {
  const mention = new Map<string, { text: string; kind: string }>();
  const names = new Map<string, string[]>();
  const rows = ann.split('\n').map((l) => l.split('\t'));
  for (const r of rows) if (r[0] === 'MENTION') mention.set(r[1] as string, { text: detok(r[6] ?? ''), kind: r[8] ?? '' });
  const byEntity = new Map<string, { text: string; kind: string }[]>();
  for (const r of rows) {
    if (r[0] !== 'COREF') continue;
    const m = mention.get(r[1] as string);
    if (m) byEntity.set(r[2] as string, [...(byEntity.get(r[2] as string) ?? []), m]);
  }
  for (const [entity, ms] of byEntity) {
    const ordered = [...ms.filter((m) => m.kind === 'PROP'), ...ms.filter((m) => m.kind === 'NOM')].map((m) => m.text);
    names.set(entity, [...new Set(ordered)]);
  }
  return names;
}

/** Ids of the entities with a PER mention (named or only described). */
function personEntities(ann: string): Set<string> {
  const rows = ann.split('\n').map((l) => l.split('\t'));
  const per = new Set(rows.filter((r) => r[0] === 'MENTION' && r[7] === 'PER').map((r) => r[1] as string));
  return new Set(rows.filter((r) => r[0] === 'COREF' && per.has(r[1] as string)).map((r) => r[2] as string));
}

/** Person entity id -> its proper-name mentions. */
function personNames(ann: string): Map<string, string[]> {
  const rows = ann.split('\n').map((l) => l.split('\t'));
  const prop = new Map<string, string>();
  for (const r of rows) if (r[0] === 'MENTION' && r[7] === 'PER' && r[8] === 'PROP') prop.set(r[1] as string, detok(r[6] ?? ''));
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const text = r[0] === 'COREF' ? prop.get(r[1] as string) : undefined;
    if (text) out.set(r[2] as string, [...new Set([...(out.get(r[2] as string) ?? []), text])]);
  }
  return out;
}

/**
 * Entities named "I" in the narrative (outside every quotation) at least three times: the
 * first-person narrator, whom a reader knows as "the narrator" though the text never names them.
 */
function firstPersonNarrators(ann: string, quoteRows: readonly string[][]): Set<string> {
  const at = (sentence: number, token: number): number => sentence * 100000 + token;
  const quoted = quoteRows.map((r) => [at(Number(r[2]), Number(r[3])), at(Number(r[4]), Number(r[5]))] as const);
  const rows = ann.split('\n').map((l) => l.split('\t'));
  const narrative = new Set<string>();
  for (const r of rows) {
    if (r[0] !== 'MENTION' || !/^(?:I|me|my|myself)$/.test(r[6] ?? '')) continue;
    const p = at(Number(r[2]), Number(r[3]));
    if (!quoted.some(([a, b]) => p >= a && p <= b)) narrative.add(r[1] as string);
  }
  const count = new Map<string, number>();
  for (const r of rows) if (r[0] === 'COREF' && narrative.has(r[1] as string)) count.set(r[2] as string, (count.get(r[2] as string) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= 3).map(([id]) => id));
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const detok = (s: string): string => s.replace(/ (['’]s|[,.;:!?])/g, '$1');
