import type { NameOverrides } from '../../../../../src/core/corrections/correction-view';
import type { EntityType, ProcessedDocument } from '../../../../../src/shared/corpus';
import { makeDoc } from './make-doc';

/** A small deterministic generator (mulberry32), so a failure repeats. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NAMES: [string, EntityType][] = [
  ['Tony Blair', 'person'], ['Cherie Blair', 'person'], ['Blair', 'person'], ['Gordon Brown', 'person'], ['Brown', 'person'],
  ['Alan Smith', 'person'], ['Smith', 'person'], ['Jane Doe', 'person'], ['Doe', 'person'], ['Mary Doe', 'person'],
  ['Securities Exchange Commission', 'organization'], ['SEC', 'organization'], ['British Broadcasting Corporation', 'organization'],
  ['BBC', 'organization'], ['Acme Holdings', 'organization'], ['Oban', 'place'], ['Leeds', 'place'], ['Jordan', 'place'], ['Jordan', 'person'],
  ...Array.from({ length: 50 }, (_, i): [string, EntityType] => [`Zq${i}x`, i % 3 === 0 ? 'organization' : i % 3 === 1 ? 'place' : 'person']),
];

/** Names that are never in a document with NAMES: entities a merge of those leaves as they were (with new indices). */
export const APART: [string, EntityType][] = Array.from({ length: 12 }, (_, i) => [`Yk${i}w`, i % 2 ? 'place' : 'person']);

/** What figures count: a few shared subjects, and one of each document's own (a claim only once another document joins it). */
const SUBJECTS = ['soldiers', 'jobs', 'homes', 'ferries'];

/**
 * Documents naming random sets of `names` (some more than 40, so the co-occurrence cut applies),
 * each with an event and figures; every fifth names only APART names. Ids are `${prefix}${n}`.
 */
export function corpus(seed: number, count: number, { prefix = 'd', names = NAMES }: { prefix?: string; names?: [string, EntityType][] } = {}): ProcessedDocument[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, d) => {
    const picked = d % 5 === 4 ? APART.filter(() => rnd() < 0.4) : names.filter(() => rnd() < (d % 7 === 0 ? 0.8 : 0.15));
    const paragraphs = [0, 1, 2].map((p) => `${picked.filter(() => rnd() < 0.6).flatMap(([name]) => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => name)).join(' met ')} at event${p}.`);
    const entities = picked.filter(([name]) => paragraphs.some((p) => p.includes(name))).map(([name, type]) => ({ name: rnd() < 0.2 && type === 'person' ? `Mr ${name}` : name, type, forms: [name] }));
    const counted = [...SUBJECTS.filter(() => rnd() < 0.4), `widget${Math.floor(rnd() * 2 * count)}s`];
    const figures = counted.map((subject) => ({ text: `${1 + Math.floor(rnd() * 4)} ${subject}`, value: 0, counts: subject }));
    paragraphs.push(`They counted ${figures.map((f) => f.text).join(' and ')}.`);
    for (const f of figures) f.value = Number(f.text.split(' ')[0]);
    return makeDoc({ id: `${prefix}${d}`, source: d % 2 ? 'Wire' : 'Post', paragraphs, entities, figures, events: [{ text: `event${Math.floor(rnd() * 3)}`, date: `20${10 + (d % 9)}-0${1 + (d % 9)}-01` }] });
  });
}

/** Up to four merges (one naming a group no document has) and two splits among `ids`; half the time never of APART names. */
export function randomOverrides(rnd: () => number, ids: string[]): NameOverrides {
  const among = rnd() < 0.5 ? ids.filter((id) => !/yk\d+w/u.test(id)) : ids;
  const pick = () => among[Math.floor(rnd() * among.length)] as string;
  const merges: [string, string][] = Array.from({ length: Math.floor(rnd() * 5) }, () => [pick(), rnd() < 0.1 ? 'person:nobody' : pick()]);
  const splits = new Set(Array.from({ length: Math.floor(rnd() * 3) }, pick));
  return { merges, splits };
}
