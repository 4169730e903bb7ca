/**
 * Light coreference for fiction: one character, however the text refers to them. Novels name a
 * person once and then describe them ("Mr. Bennet … his wife … his lady … Mrs. Bennet"; "Dr.
 * Archie … the doctor"; "our last guide … the guide"), and a speaker found through a tag
 * ("replied his wife") is one of those descriptions. Counting each wording as its own person
 * splits a two-person conversation into four, so turn-taking and the ranker's recency lose track.
 *
 * One pass over the document in reading order, before any speaker is chosen (dialogue.ts):
 *   - a proper name is its own character;
 *   - "his/her/my/our ROLE" is ROLE-of(possessor), the possessor being the last person named of
 *     the pronoun's gender ("his lady" twice by Mr. Bennet is one wife), and a wife of "Mr. S"
 *     is "Mrs. S" when the text names her (and the other way round);
 *   - "the/this/that … N" is the last character of compatible gender described with the same
 *     head noun N, or titled with it ("the doctor" after "Dr. Archie");
 *   - "a/an … N" introduces someone new.
 * A character is shown by its first proper name, else by its first description. Deterministic.
 */
import type { Gender } from './dialogue-tags';

export interface Occurrence {
  paragraph: number;
  at: number;
  /** characterName() of a person mention, or a description as describedPeople() gives it. */
  name: string;
  kind: 'name' | 'description';
  gender: Gender;
  /** For a name: the title the text writes before it ("Dr."), if any. */
  title?: string | null;
  /** Named in a quote ("“My dear Mr. Bennet,”"): a possessor for "his lady", never a cluster of its own. */
  quoted?: boolean;
  /** An honorific and a surname the entity recogniser did not tag ("Mrs. Thornton"). */
  titledOnly?: boolean;
  /** For "his/her …": the person the same sentence names next, when no one is named before it in that sentence. */
  cataphor?: string;
}

interface Character {
  display: string;
  named: boolean;
  gender: Gender;
  heads: Set<string>;
  /** Relation keys it answers to ("wife|Mr. Bennet"). */
  relations: Set<string>;
  last: number;
}

const ROLE_SYNONYMS: Record<string, string> = { lady: 'wife', mamma: 'mother', mama: 'mother', mum: 'mother', papa: 'father', dad: 'father', lad: 'boy' };
/** Titles that are also the noun a text later uses alone: "Dr. Archie" is "the doctor". */
const TITLE_NOUNS: Record<string, string> = { dr: 'doctor', doctor: 'doctor', captain: 'captain', capt: 'captain', colonel: 'colonel', col: 'colonel', major: 'major', general: 'general', professor: 'professor', prof: 'professor', judge: 'judge', squire: 'squire', parson: 'parson', uncle: 'uncle', aunt: 'aunt', king: 'king', queen: 'queen', prince: 'prince', princess: 'princess', lieutenant: 'lieutenant', sergeant: 'sergeant' };
/** Nouns that stand for their possessor: "said her voice" is her speaking. */
const SELF_NOUNS = new Set(['voice', 'figure']);
/** How many characters back a "the N" looks for its antecedent. */
const WINDOW = 12;

const compatible = (a: Gender, b: Gender): boolean => a === null || b === null || a === b;
const head = (phrase: string): string => {
  const w = (/([\p{L}-]+)$/u.exec(phrase)?.[1] ?? '').toLowerCase();
  return ROLE_SYNONYMS[w] ?? w;
};
const surname = (name: string): string | null => /\s(\p{Lu}[\p{L}’'-]+)$/u.exec(name)?.[1] ?? null;
const titleOf = (name: string): string | null => /^(\p{Lu}\p{L}*)\.?\s/u.exec(name)?.[1]?.toLowerCase() ?? null;

export class Characters {
  private readonly byName = new Map<string, Character>();
  private readonly byRelation = new Map<string, Character>();
  private readonly at = new Map<string, Character>();
  private readonly byDescription = new Map<string, Character>();
  private readonly order: Character[] = [];

  /** `occurrences` in reading order; `genderOf` gives a named person's gender as the text shows it. */
  constructor(occurrences: readonly Occurrence[], genderOf: (name: string) => Gender) {
    const names = occurrences.filter((o) => o.kind === 'name');
    let seen = 0;
    occurrences.forEach((o, i) => {
      if (o.kind === 'name') {
        seen += 1;
        if (o.quoted) return;
        this.place(o, this.named(o, genderOf(o.name) ?? o.gender), i);
        return;
      }
      this.place(o, this.described(o, names, seen, genderOf, i), i);
    });
  }

  /** The character a name or description at (paragraph, at) refers to, as the briefing shows it. */
  canonical(name: string, paragraph: number, at: number): string {
    const c = this.at.get(`${paragraph}:${at}:${name}`) ?? (this.order.some((x) => x.display === name) ? null : this.byName.get(name) ?? this.byDescription.get(name));
    return c?.display ?? name;
  }

  /**
   * The character shown as one of `names` (most recent first) whom the text describes or titles
   * with head noun `noun` ("the doctor", "Dr. Archie" for "doctor"; "her father" for "father").
   */
  withHead(noun: string, names: readonly string[]): string | null {
    const h = ROLE_SYNONYMS[noun] ?? noun;
    for (const name of names) {
      const c = this.order.find((x) => x.display === name);
      if (c?.heads.has(h) || head(name) === h) return name;
    }
    return null;
  }

  private place(o: Occurrence, c: Character, index: number): void {
    c.last = index;
    this.at.set(`${o.paragraph}:${o.at}:${o.name}`, c);
    if (o.kind === 'description') this.byDescription.set(o.name, c);
  }

  private create(display: string, named: boolean, gender: Gender): Character {
    const c: Character = { display, named, gender, heads: new Set(), relations: new Set(), last: -1 };
    this.order.push(c);
    return c;
  }

  private named(o: Occurrence, gender: Gender): Character {
    const known = this.byName.get(o.name);
    if (known) return known;
    // "Mrs. Bennet" is the wife a text has so far only called "his lady" (of Mr. Bennet).
    const s = surname(o.name);
    const t = titleOf(o.name);
    const spouse = s && t === 'mrs' ? this.relationTo('wife', s, 'f') : s && t === 'mr' ? this.relationTo('husband', s, 'm') : null;
    const c = spouse && !spouse.named ? spouse : this.create(o.name, true, gender);
    c.display = o.name;
    c.named = true;
    c.gender ??= gender;
    this.byName.set(o.name, c);
    const title = (o.title ?? '').toLowerCase().replace(/\.$/, '');
    if (TITLE_NOUNS[title]) c.heads.add(TITLE_NOUNS[title]);
    return c;
  }

  /** The unnamed spouse (`role`) described of someone of surname `s` not of gender `not` ("his wife" of Walter Hale for Mrs. Hale). */
  private relationTo(role: string, s: string, not: Gender): Character | null {
    for (const [key, c] of this.byRelation) {
      const [r, owner] = key.split('|');
      if (r === role && owner && surname(owner) === s && this.genderOfName(owner) !== not) return c;
    }
    return null;
  }

  private genderOfName(name: string): Gender {
    return this.byName.get(name)?.gender ?? null;
  }

  private described(o: Occurrence, names: readonly Occurrence[], seen: number, genderOf: (name: string) => Gender, index: number): Character {
    const words = o.name.split(/\s+/);
    const det = (words[0] ?? '').toLowerCase();
    const h = head(o.name);
    if (det === 'his' || det === 'her' || det === 'my' || det === 'our') {
      const owner = det === 'my' || det === 'our' ? 'I' : this.possessor(det === 'his' ? 'm' : 'f', o, names, seen, genderOf);
      // "until his voice came up the bank, that … Master John Rolfe": the voice is the person
      // its sentence names next (dialogue.ts marks it), not whoever was named last. Only for
      // the self nouns: for "her mother" the same rule lost more than it won on LitBank dev.
      const ahead = SELF_NOUNS.has(h) && o.cataphor && compatible(genderOf(o.cataphor), det === 'his' ? 'm' : 'f') ? o.cataphor : null;
      if (ahead) return this.named({ ...o, name: ahead, kind: 'name' }, genderOf(ahead));
      // "her voice", "his trim figure": the person themself.
      const self = owner !== null && SELF_NOUNS.has(h) ? this.byName.get(owner) : undefined;
      if (self) return self;
      const key = `${h}|${owner ?? '?'}`;
      const known = this.byRelation.get(key);
      if (known && owner !== null) return this.join(known, h);
      // Mr. Bennet's wife is Mrs. Bennet when the text has named her already.
      const s = owner ? surname(owner) : null;
      const t = owner ? titleOf(owner) : null;
      const spouse = s && h === 'wife' && t !== 'mrs' ? this.byName.get(`Mrs. ${s}`) ?? this.byName.get(`Mrs ${s}`) : s && h === 'husband' && t !== 'mr' ? this.byName.get(`Mr. ${s}`) ?? this.byName.get(`Mr ${s}`) : undefined;
      const c = spouse ?? this.create(o.name, false, o.gender);
      if (owner !== null) {
        c.relations.add(key);
        this.byRelation.set(key, c);
      }
      return this.join(c, h);
    }
    if (det === 'the' || det === 'this' || det === 'that') {
      const c = this.antecedent(h, o.gender, index);
      if (c) return this.join(c, h);
    }
    return this.join(this.create(o.name, false, o.gender), h);
  }

  private join(c: Character, h: string): Character {
    if (h) c.heads.add(h);
    return c;
  }

  /** The last character of a compatible gender described or titled with head noun `h`. */
  private antecedent(h: string, gender: Gender, index: number): Character | null {
    let best: Character | null = null;
    for (const c of this.order) {
      if (!c.heads.has(h) || !compatible(c.gender, gender) || index - c.last > WINDOW * 4) continue;
      if (!best || c.last > best.last) best = c;
    }
    return best;
  }

  /**
   * The last person named (narrative or quote) whose gender fits "his"/"her"; before anyone
   * fits, the next one named within two paragraphs ("“…,” said his lady to him. Mr. Bennet
   * replied…": an opening scene names its people after it starts).
   */
  private possessor(gender: 'm' | 'f', o: Occurrence, names: readonly Occurrence[], seen: number, genderOf: (name: string) => Gender): string | null {
    const fits = (x: Occurrence): boolean => (genderOf(x.name) ?? x.gender) === gender;
    for (let k = seen - 1; k >= Math.max(0, seen - WINDOW); k--) if (fits(names[k]!)) return names[k]!.name;
    for (let k = seen; k < names.length && names[k]!.paragraph <= o.paragraph + 2; k++) if (fits(names[k]!)) return names[k]!.name;
    return null;
  }
}
