/**
 * Fiction dialogue: who "said he" means, and a tag's listener. The text is written for this
 * test (no corpus text), in the shape novels use: a narrative paragraph naming the people of
 * the scene, then quoted turns with short tags.
 */
import { describe, expect, it } from 'vitest';
import { enrichDocument } from '../../../../../src/core/corpus/enrich';
import type { ResolvedMention } from '../../../../../src/core/corpus/enrich/canonical-names';
import { addressees } from '../../../../../src/core/corpus/enrich/dialogue';
import { givenNameGender } from '../../../../../src/core/corpus/enrich/given-names';
import { setAttributionTrace } from '../../../../../src/core/corpus/enrich/speaker-ranker';

const doc = (paragraphs: string[]) => enrichDocument({ title: '', published: null, paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })) });
const speakers = (paragraphs: string[]) => doc(paragraphs).quotes.map((q) => q.speaker);

describe('fiction dialogue speakers', () => {
  it('knows the usual gender of a given name', () => {
    expect(givenNameGender('Charlotte Temple')).toBe('f');
    expect(givenNameGender('Walter Hale')).toBe('m');
    expect(givenNameGender('Temple')).toBeNull();
  });

  it('does not give "said he" to a woman named just before', () => {
    const found = speakers([
      'Walter Hale walked beside the river. Charlotte Grey waited for him at the bridge.',
      '“The water is high tonight,” said he.',
      '“It has rained all week,” she answered.',
    ]);
    expect(found[0]).toBe('Walter Hale');
    expect(found[1]).toBe('Charlotte Grey');
  });

  it('never takes the person a tag speaks to as the speaker', () => {
    const found = speakers([
      'Captain Ward came into the room where Edmund Lowe sat reading.',
      '“This is a poor place to receive a visitor,” said he to Edmund Lowe, “but sit down.”',
    ]);
    expect(found[0]).not.toBe('Edmund Lowe');
  });

  it('gives a first "she said" to the woman the text named, before any speaker is known', () => {
    const found = speakers([
      'The council met on Tuesday. Mayor Helen Okafor opened the session and Tom Reyes took notes.',
      '“We have waited long enough for this bridge,” she said.',
    ]);
    expect(found[0]).toBe('Helen Okafor');
  });

  it('weighs a person the narrative names only after the first turns', () => {
    const paragraphs = [
      'The rain had not stopped all day, and the lamps were lit early in the inn.',
      '“Is there a room for the night?” came a voice from the door.',
      '“There is one,” she said.',
      '“Only one?”',
      '“Only the one.”',
      'The landlady looked up. Walter Hale stood in the doorway, shaking the water from his hat.',
    ];
    const considered: (readonly string[] | null)[] = [];
    setAttributionTrace((e) => considered.push(e.candidates));
    doc(paragraphs);
    setAttributionTrace(null);
    expect(considered.some((c) => c?.includes('Walter Hale'))).toBe(true);
  });

  it('hears a quote that follows another with no narration between as a reply', () => {
    const found = speakers([
      'Walter Hale sat by the fire with Edmund Lowe.',
      '“Is it late?” said he.',
      '“Very late,” said Edmund Lowe.',
      '“Too late for the coach?”',
      '“Far too late.”',
      '“But the road,” said Walter Hale, “is it not --” “Closed since Monday, and the bridge with it.”',
    ]);
    expect(found.slice(4)).toEqual(['Walter Hale', 'Walter Hale', 'Edmund Lowe']);
  });

  it('reads a tag set as a paragraph of its own as the tag of the quote before it', () => {
    const talk = (tag: string) => speakers([
      'Walter Hale sat by the fire with Edmund Lowe.',
      '“Is it late?” said Walter Hale.',
      '“Very late,” said Edmund Lowe.',
      '“Too late for the coach?”',
      '“Far too late.”',
      '“Then we stay?”',
      tag,
      '“Then we stay.”',
    ]);
    expect(talk('I asked.')[4]).toBe('the narrator');
    // An action, not a tag: the quote keeps the speaker turn-taking gives it.
    expect(talk('I continued to stare at the fire.')[4]).toBe('Walter Hale');
    expect(talk('I sighed.')[4]).toBe('Walter Hale');
  });

  it('keeps a news paragraph\'s run of quotes with its one source', () => {
    const found = speakers(['The council met on Tuesday. “We will rebuild.” “Every house on the street,” said Dana Whitcombe, the mayor.']);
    expect(found).toEqual(['Dana Whitcombe', 'Dana Whitcombe']);
  });

  it('recognises a "Master" and a given name with a surname as one person', () => {
    const found = speakers([
      'The gate opened, and Master John Rolfe rode into the yard.',
      '“You bar your gate early,” said he.',
      '“The woods are not safe,” I answered.',
    ]);
    expect(found[0]).toBe('Master John Rolfe');
  });
});

describe('the line after a paragraph of narration', () => {
  // Two people have been talking; narration then turns to a third, and an untagged line follows.
  const scene = (narration: string) => speakers([
    'Walter Hale and Charlotte Grey sat by the fire. Tom Reyes stood at the window.',
    '“Is it very late?” asked Walter Hale.',
    '“Nearly midnight.”',
    '“Then the snow will have begun,” said Walter Hale.',
    narration,
    '“We ought to go before it comes.”',
  ])[3];

  it('is said by the person the narration ends on', () => {
    expect(scene('Tom Reyes turned from the window at once.')).toBe('Tom Reyes');
  });

  it('is said by whom a closing "he" is about', () => {
    expect(scene('Tom Reyes left the window. He crossed the room to the fire.')).toBe('Tom Reyes');
  });

  it('is not said by a person the narration mentions only in passing', () => {
    expect(scene('The wind rattled the window where Tom Reyes stood.')).not.toBe('Tom Reyes');
  });
});

describe('addressees', () => {
  const mentionOf = (text: string, name: string): ResolvedMention => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, type: 'person', confidence: 1, paragraphId: 'p1', paragraphIndex: 0, entity: name, entityType: 'person' };
  };

  it('hears "you" before a name as calling that person', () => {
    const text = '“Where has that cat got to? You Rufus!”';
    const q = { text: text.slice(1, -1), start: 1, end: text.length - 1, open: 0, close: text.length - 1 };
    expect(addressees(text, q, [mentionOf(text, 'Rufus')])).toEqual(['Rufus']);
  });

  it('does not hear a name after "you" in the middle of a sentence as called', () => {
    const text = '“I told you Rufus was coming to tea.”';
    const q = { text: text.slice(1, -1), start: 1, end: text.length - 1, open: 0, close: text.length - 1 };
    expect(addressees(text, q, [mentionOf(text, 'Rufus')])).toEqual([]);
  });
});
