/**
 * Whom a sentence of narration opens with (narrative-subjects.ts), on sentences written for the
 * test: a person named or described first, "he"/"she", or no one.
 */
import { describe, expect, it } from 'vitest';
import { sentenceSubject } from '../../../../../src/core/corpus/enrich/narrative-subjects';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('sentenceSubject', () => {
  it('reads the person a sentence opens with, after a conjunction', () => {
    const text = 'But Tom Reyes turned from the window.';
    expect(sentenceSubject(text, whole(text), [{ at: 4, name: 'Tom Reyes' }])).toEqual({ kind: 'person', name: 'Tom Reyes', at: 4 });
  });

  it('reads "she" as a pronoun subject of her gender', () => {
    const text = 'She crossed the room.';
    expect(sentenceSubject(text, whole(text), [])).toEqual({ kind: 'pronoun', gender: 'f', at: 0 });
  });

  it('finds none when the person is not what the sentence opens with', () => {
    const text = 'The wind rattled the window where Tom Reyes stood.';
    expect(sentenceSubject(text, whole(text), [{ at: 34, name: 'Tom Reyes' }])).toBeNull();
  });
});
