/** How a person mention names its character (dialogue-tags.ts). Text written for this test. */
import { describe, expect, it } from 'vitest';
import type { ResolvedMention } from '../../../../../src/core/corpus/enrich/canonical-names';
import { characterName, isPlausibleName, TagReader, withoutHeadingTail } from '../../../../../src/core/corpus/enrich/dialogue-tags';

const mention = (text: string, surface: string, entity: string): ResolvedMention => {
  const start = text.indexOf(surface);
  return { text: surface, start, end: start + surface.length, type: 'person', confidence: 1, paragraphId: 'p1', paragraphIndex: 0, entity, entityType: 'person' };
};

describe('withoutHeadingTail', () => {
  it('cuts the capitalised first word of a chapter off a name run into it', () => {
    expect(withoutHeadingTail('Todd LATER')).toBe('Todd');
    expect(withoutHeadingTail('Almira Todd THERE WAS')).toBe('Almira Todd');
  });

  it('keeps names wholly in capitals and names with no heading tail', () => {
    expect(withoutHeadingTail('AMORY')).toBe('AMORY');
    expect(withoutHeadingTail('AMORY BLAINE')).toBe('AMORY BLAINE');
    expect(withoutHeadingTail('Walter Hale')).toBe('Walter Hale');
    expect(withoutHeadingTail('Walter J. Hale')).toBe('Walter J. Hale');
  });
});

describe('characterName', () => {
  it('names a titled surname run into a heading by the title and the surname', () => {
    const text = 'II. Mrs. Todd LATER, there was only one fault to find with the house.';
    const c = characterName(text, mention(text, 'Todd LATER', 'Todd LATER'));
    expect(c.name).toBe('Mrs. Todd');
    expect(c.gender).toBe('f');
    expect(isPlausibleName(c.name)).toBe(true);
  });

  it('leaves an untitled run alone, for isPlausibleName to reject', () => {
    const text = 'The Admiral Benbow SQUIRE TRELAWNEY had asked me to write it down.';
    const c = characterName(text, mention(text, 'Benbow SQUIRE TRELAWNEY', 'Benbow SQUIRE TRELAWNEY'));
    expect(c.name).toBe('Benbow SQUIRE TRELAWNEY');
    expect(isPlausibleName(c.name)).toBe(false);
  });
});

describe('characterName of a surname merged into a titled name', () => {
  it('names the husband by his own title when the entity is his wife', () => {
    const text = '“Not in this weather!” cried Mr. Quillet, and his wife laughed.';
    const c = characterName(text, mention(text, 'Quillet', 'Mrs. Quillet'));
    expect(c.name).toBe('Mr. Quillet');
    expect(c.gender).toBe('m');
  });

  it('keeps the entity when its title agrees with the one the text writes', () => {
    const text = '“Not in this weather!” cried Mrs. Quillet.';
    expect(characterName(text, mention(text, 'Quillet', 'Mrs. Quillet')).name).toBe('Mrs. Quillet');
  });
});

describe('TagReader', () => {
  /** The tag after the paragraph's first quote, with no recognised mentions (the recogniser missed the name). */
  const tagAfter = (text: string): string | null => {
    const masked = text.replace(/“[^”]*”/g, (m) => ' '.repeat(m.length));
    const close = text.indexOf('”');
    return new TagReader(text, masked, []).after(close + 1, text.length)?.name ?? null;
  };

  it('reads a one-word name that ends the sentence as the speaker', () => {
    expect(tagAfter('“Bring the lantern,” replied Tobin.')).toBe('Tobin');
    expect(tagAfter('“Bring the lantern,” said Mr.')).toBeNull();
  });

  it('reads an -ly word right after the determiner as part of the person', () => {
    expect(tagAfter('“The well is dry,” said the elderly lady, setting down her pail.')).toBe('the elderly lady');
    expect(tagAfter('“The well is dry,” said the farmer quietly.')).toBe('the farmer');
  });

  it('takes a capitalised name at the end of a description as the name', () => {
    expect(tagAfter('“The well is dry,” said the burly Tobin, who had walked all day.')).toBe('Tobin');
    expect(tagAfter('“The well is dry,” said the old Captain.')).toBe('the old Captain');
    expect(tagAfter('“The court was slow,” said the American.')).toBe('the American');
    expect(tagAfter('“The court was slow,” said the Foreign Secretary.')).toBe('the Foreign Secretary');
  });

  it('ends a description with its sentence', () => {
    expect(tagAfter('“The well is dry,” said another. Footsteps crossed the yard.')).toBeNull();
    expect(tagAfter('“The well is dry,” said the parson. The traveller turned round.')).toBe('the parson');
    expect(tagAfter('“The well is dry,” the committee added. The committee met again.')).toBe('the committee');
  });

  it('knows "queried" and "grumbled" as tag verbs', () => {
    expect(tagAfter('“Is the well dry?” queried Tobin Marsh.')).toBe('Tobin Marsh');
    expect(tagAfter('“The well is dry,” Tobin Marsh grumbled.')).toBe('Tobin Marsh');
  });
});

describe('TagReader before a quote', () => {
  const tagBefore = (text: string, persons: ResolvedMention[] = []): string | null => {
    const masked = text.replace(/“[^”]*”/g, (m) => ' '.repeat(m.length));
    return new TagReader(text, masked, persons).before(0, text.indexOf('“'))?.name ?? null;
  };

  it('gives a verb joined by "and" the subject its sentence opens with', () => {
    expect(tagBefore('The old man lifted his cap, looked at the sky, and said, “Rain by noon.”')).toBe('the old man');
    expect(tagBefore('She set down the basket and then said, “Rain by noon.”')).toBe('she');
    const text = 'At last Tobin Marsh stood up and said, “Rain by noon.”';
    expect(tagBefore(text, [mention(text, 'Tobin Marsh', 'Tobin Marsh')])).toBe('Tobin Marsh');
  });

  it('takes no subject from an opening that names no one', () => {
    expect(tagBefore('To the end of her days she kept the habit and said, “Rain by noon.”')).toBeNull();
    expect(tagBefore('His air of importance grew and said, “Rain by noon.”')).toBeNull();
    const text = 'Harrowgate chief engineer Tobin Marsh read the report and said, “Rain by noon.”';
    const body = { ...mention(text, 'Harrowgate', 'Harrowgate'), type: 'organization' as const, entityType: 'organization' as const };
    expect(tagBefore(text, [body, mention(text, 'Tobin Marsh', 'Tobin Marsh')])).toBeNull();
  });
});
