/**
 * GUM (CoNLL-U with CorefUD `Entity=` spans), read into AnnotatedDoc. Named entities follow the
 * rule in shared/training-data/gum/SOURCE.md, made stricter so gold names are names: a person /
 * place / organisation mention counts when its head end is a proper noun; the name is the
 * trailing run of proper nouns (with "of", "the", "and" inside it), so "President Obama" gives
 * "Obama" only if GUM tags "President" as a common noun. Names nested in a longer name are
 * dropped (the "Toronto" of "University of Toronto"), as in CoNLL and the project's fixtures.
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../src/shared/corpus';
import { type AnnotatedDoc, type GoldEntity, TextBuilder } from './annotated-doc';

interface Tok {
  form: string;
  upos: string;
  paragraph: number;
  start: number;
  end: number;
}

const TYPES: Record<string, EntityType> = { person: 'person', place: 'place', organization: 'organization' };
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|president|senator|sen|rep|governor|gov|king|queen|prince|princess|pope|saint|st|general|gen|colonel|col|captain|capt|judge|justice|rev|reverend|father|chancellor|minister|premier|mayor)\.?$/i;
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'de', 'for', 'on', 'von', 'van', 'la', 'del']);

export function readGum(path: string, id: string): AnnotatedDoc {
  const builder = new TextBuilder();
  const toks: Tok[] = [];
  const open: { id: string; type: string; from: number }[] = [];
  const spans: { type: string; from: number; to: number }[] = [];
  let published: string | null = null;
  let newParagraph = true;
  let spaceAfter = false;
  let surface: { paragraph: number; start: number; end: number; until: number } | null = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# meta::dateCreated = ')) published = line.slice(22).trim().slice(0, 10);
    if (line.startsWith('# newpar')) newParagraph = true;
    if (line.startsWith('#') || line.trim() === '') continue;
    const cols = line.split('\t');
    const [idCol = '', form = '', , upos = ''] = cols;
    const misc = cols[9] ?? '_';
    if (idCol.includes('.')) continue; // empty nodes carry no text
    const range = /^(\d+)-(\d+)$/.exec(idCol);
    let at: { paragraph: number; start: number; end: number };
    if (range) {
      // "don't" = do + n't: the range row holds the surface text, its word rows share its offsets.
      surface = { ...builder.add(form, { spaceBefore: spaceAfter, newParagraph }), until: Number(range[2]) };
      newParagraph = false;
      spaceAfter = !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc);
      continue;
    }
    if (surface && Number(idCol) <= surface.until) {
      at = surface;
    } else {
      surface = null;
      at = builder.add(form, { spaceBefore: spaceAfter, newParagraph });
      newParagraph = false;
      spaceAfter = !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc);
    }
    const index = toks.length;
    toks.push({ form, upos, paragraph: at.paragraph, start: at.start, end: at.end });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
    if (entity) readEntityMarks(entity.replace(/_\([^()]*\)/g, ''), index, open, spans);
  }
  const paragraphs = builder.toParagraphs();
  const named = spans.flatMap((s) => {
    const type = TYPES[s.type];
    const name = type ? nameSpan(toks, s.from, s.to, type) : null;
    return type && name ? [{ type, ...name }] : [];
  });
  const inside = (a: { from: number; to: number }, b: { from: number; to: number }): boolean => a !== b && b.from <= a.from && b.to >= a.to && b.to - b.from > a.to - a.from;
  // A description that holds names ("Mario Lucero and Isabel Ruiz of Heaven Sent Gaming",
  // "Chairman of the Australian Centre for …") gives way to the names inside it.
  const forms = (n: { from: number; to: number }): string[] => toks.slice(n.from, n.to + 1).map((t) => t.form);
  const describes = (n: { type: EntityType; from: number; to: number }): boolean => named.some((m) => inside(m, n)) && (forms(n).includes('and') || (n.type === 'person' && forms(n).includes('of')));
  const kept = named.filter((n) => !describes(n));
  const outer = kept.filter((a) => !kept.some((b) => inside(a, b)));
  const seen = new Set<string>();
  const entities: GoldEntity[] = [];
  for (const n of outer) {
    const first = toks[n.from] as Tok;
    const last = toks[n.to] as Tok;
    if (first.paragraph !== last.paragraph) continue;
    const key = `${first.paragraph}:${first.start}:${last.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = paragraphs[first.paragraph]?.text.slice(first.start, last.end) ?? '';
    const end = last.end - (/['’]s$/.test(text) && text.length > 2 ? 2 : 0); // "NSW's" is one surface token
    entities.push({ paragraph: first.paragraph, start: first.start, end, type: n.type });
  }
  return { id, published, paragraphs, entities };
}

/** "(7-place-new-...(3-person-...)" opens 7 and opens+closes 3; "7)" closes 7. */
function readEntityMarks(value: string, index: number, open: { id: string; type: string; from: number }[], spans: { type: string; from: number; to: number }[]): void {
  const re = /\((\d+)-([a-z]+)-[^()]*(\))?|(\d+)\)/g;
  for (const m of value.matchAll(re)) {
    if (m[1]) {
      if (m[3]) spans.push({ type: m[2] as string, from: index, to: index });
      else open.push({ id: m[1], type: m[2] as string, from: index });
    } else if (m[4]) {
      const k = open.map((o) => o.id).lastIndexOf(m[4]);
      if (k >= 0) {
        const [o] = open.splice(k, 1);
        if (o) spans.push({ type: o.type, from: o.from, to: index });
      }
    }
  }
}

/**
 * The name a mention span gives, or null. A name is a capitalised phrase holding a proper noun:
 * the span without leading determiners, trailing punctuation or possessive, and titles for
 * people, when every word in it is capitalised, a number or a connector ("of", "the", "and");
 * else the trailing capitalised run ("the former president Barack Obama" -> "Barack Obama").
 * "the Obama administration" or "Toronto residents" are not names.
 */
function nameSpan(toks: readonly Tok[], from: number, to: number, type: EntityType): { from: number; to: number } | null {
  let start = from;
  let end = to;
  while (end >= start && ['PUNCT', 'PART'].includes(toks[end]?.upos ?? '')) end -= 1;
  while (start <= end && (['DET', 'PUNCT'].includes(toks[start]?.upos ?? '') || toks[start]?.upos === 'PRON')) start += 1;
  while (type === 'person' && start < end && HONORIFICS.test(toks[start]?.form ?? '')) start += 1;
  const capitalised = (t: Tok | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.form);
  const fits = (t: Tok | undefined): boolean => t !== undefined && (capitalised(t) || t.upos === 'NUM' || CONNECTORS.has(t.form.toLowerCase()) || t.form === '-' || /^['’]s$/.test(t.form));
  if (!capitalised(toks[end])) return null;
  let first = end;
  while (first - 1 >= start && fits(toks[first - 1])) first -= 1;
  while (first < end && !capitalised(toks[first])) first += 1;
  for (let k = first; k <= end; k++) if (toks[k]?.upos === 'PROPN') return { from: first, to: end };
  return null;
}
