import { describe, expect, it } from 'vitest';
import { describeCorrection, itemTarget, parseItemTarget } from '../../../src/shared/corrections';

describe('quote and figure targets', () => {
  it('round-trip, with a document id holding # and @', () => {
    const target = itemTarget('feed#2@x', 'p-0123456789ab', 42);
    expect(target).toBe('feed#2@x#p-0123456789ab@42');
    expect(parseItemTarget(target)).toEqual({ documentId: 'feed#2@x', paragraphId: 'p-0123456789ab', start: 42 });
  });

  it('are refused when a part is missing', () => {
    expect(parseItemTarget('person:tony blair')).toBeNull();
    expect(parseItemTarget('#p@1')).toBeNull();
    expect(parseItemTarget('doc#@1')).toBeNull();
    expect(parseItemTarget('doc#p@x')).toBeNull();
  });
});

describe('corrections in words', () => {
  it('says what each kind did, with the other entity as listed now when known', () => {
    expect(describeCorrection({ kind: 'merge-entity', other: 'person:george w bush', otherName: 'George W Bush' })).toBe('Merged into George W Bush');
    expect(describeCorrection({ kind: 'split-alias', other: 'person:tony blair' })).toBe('Split off tony blair');
    expect(describeCorrection({ kind: 'retype-entity', type: 'organization' })).toBe('Type changed to organisation');
    expect(describeCorrection({ kind: 'quote-speaker', attribution: null })).toBe('Quote left unattributed');
    expect(describeCorrection({ kind: 'figure-claimant', attribution: 'The IMF' })).toBe('Figure claimed by The IMF');
  });
});
