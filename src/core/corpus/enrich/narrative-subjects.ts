/**
 * Whom a sentence of narration is about: the person it opens with ("Terry blazed up at once",
 * "The guide stood on the bank"), or "he"/"she" going on about someone named before. A scene's
 * untagged line right after a paragraph of narration is most often said by the person that
 * narration ends on (speakers.ts). Deterministic; no I/O.
 */
import { type Gender } from './dialogue-tags';
import { type Span } from './sentences';

export type NarrativeSubject =
  | { kind: 'person'; name: string; at: number }
  | { kind: 'pronoun'; gender: Exclude<Gender, null>; at: number };

/** A person the paragraph's narrative names or describes, with where the mention starts. */
export interface PlacedPerson {
  at: number;
  name: string;
}

/** What may come before the subject: space, a closed quote's mask, a conjunction or "Then". */
const LEAD = /^[\s,;:“”"‘’(—–-]*(?:(?:But|And|Then|Now|So|Yet|Still|Presently|Meanwhile)\b,?\s+)?/u;

/** The person or pronoun `sentence` opens with, if it opens with one; `people` lie outside quotes. */
export function sentenceSubject(masked: string, sentence: Span, people: readonly PlacedPerson[]): NarrativeSubject | null {
  const at = sentence.start + (LEAD.exec(masked.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  const pronoun = /^(?:He|he|She|she)\b/u.exec(masked.slice(at, sentence.end))?.[0].toLowerCase();
  if (pronoun) return { kind: 'pronoun', gender: pronoun === 'he' ? 'm' : 'f', at };
  const person = people.find((p) => p.at === at);
  return person ? { kind: 'person', name: person.name, at } : null;
}
