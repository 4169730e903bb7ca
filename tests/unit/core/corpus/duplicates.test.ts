import { describe, expect, it } from 'vitest';
import { estimatedJaccard, findDuplicates, minHash, normalisedWords } from '../../../../src/core/corpus/duplicates';
import { doc } from '../search/fixtures';

const story = [
  'North Korean troops have been sent to the Kursk region, according to officials in Kyiv who spoke on Friday.',
  'The deployment was confirmed by satellite images that show columns of vehicles moving towards the border.',
  'Analysts say the move marks a significant escalation and could draw more countries into the war in Ukraine.',
  'The foreign ministry in Seoul summoned the Russian ambassador and demanded the immediate withdrawal of the soldiers.',
  'Officials in Washington said they were consulting allies on a response and did not rule out further sanctions.',
  'Moscow has denied the reports, calling them fabrications spread by Western intelligence services and the press.',
];

describe('findDuplicates', () => {
  it('groups documents whose content differs only in case, punctuation, accents and spacing', () => {
    const a = doc('a', 'Troops sent to Kursk', story);
    const b = doc('b', 'TROOPS SENT TO KURSK!', story.map((p) => `  ${p.toUpperCase().replace(/\./gu, ' .')}  `));
    const c = doc('c', 'Café reopens in Kyiv', ['The café in Kyiv reopened on Monday after months of repairs and power cuts.']);
    const d = doc('d', 'Cafe reopens in Kyiv', ['The cafe in Kyiv reopened on Monday after months of repairs and power cuts.']);
    const groups = findDuplicates([a, b, c, d]);
    expect(groups.get('a')).toEqual({ group: 'a', copies: 2, kind: 'exact' });
    expect(groups.get('b')).toEqual({ group: 'a', copies: 2, kind: 'exact' });
    expect(groups.get('d')).toEqual({ group: 'c', copies: 2, kind: 'exact' });
  });

  it('groups a lightly edited copy as a near duplicate and leaves unrelated stories alone', () => {
    const a = doc('a', 'Troops sent to Kursk', story);
    const edited = doc('edited', 'North Korean troops reach Kursk', [...story.slice(0, 2), story[2]!.replace('significant', 'serious'), ...story.slice(3), 'This story has been updated.']);
    const other = doc('other', 'Budget vote delayed', [
      'The chancellor delayed the budget vote after a row over spending on schools and hospitals in the north.',
      'Opposition leaders said the delay showed the government had lost control of its own party in parliament.',
    ]);
    const sameTopic = doc('topic', 'Kursk fighting', [
      'Fighting in the Kursk region intensified on Saturday as Ukrainian forces pushed further across the border.',
      'Officials in Moscow said the attack had been repelled, a claim that could not be independently verified.',
    ]);
    const groups = findDuplicates([a, other, edited, sameTopic]);
    expect(groups.get('edited')).toEqual({ group: 'a', copies: 2, kind: 'near' });
    expect(groups.get('a')?.copies).toBe(2);
    expect(groups.has('other')).toBe(false);
    expect(groups.has('topic')).toBe(false);
  });

  it('names the group after its earliest document, whatever order the copies are found in', () => {
    const docs = ['x', 'y', 'z'].map((id) => doc(id, 'Same', story));
    const groups = findDuplicates(docs);
    expect([...groups.values()].map((g) => g.group)).toEqual(['x', 'x', 'x']);
    expect(groups.get('z')?.copies).toBe(3);
  });

  it('never groups short documents that merely share a few words, but does group exact short copies', () => {
    const groups = findDuplicates([doc('p', 'Update', ['No change.']), doc('q', 'Update', ['No change today.']), doc('r', 'Update', ['No change.'])]);
    expect(groups.has('q')).toBe(false);
    expect(groups.get('r')).toEqual({ group: 'p', copies: 2, kind: 'exact' });
  });

  it('returns nothing for a corpus without copies, and for an empty one', () => {
    expect(findDuplicates([]).size).toBe(0);
    expect(findDuplicates([doc('a', 'One', story), doc('b', 'Two', ['Something else entirely, with no words in common at all here today.'])]).size).toBe(0);
  });
});

describe('minHash', () => {
  it('estimates similarity that falls as more of the text changes', () => {
    const words = normalisedWords(doc('a', 'T', story));
    const sig = minHash(words)!;
    const changed = (n: number) => minHash(words.map((w, i) => (i % n === 0 ? `${w}x` : w)))!;
    const sims = [40, 12, 5, 2].map((n) => estimatedJaccard(sig, changed(n)));
    expect(estimatedJaccard(sig, minHash(words)!)).toBe(1);
    for (let i = 1; i < sims.length; i++) expect(sims[i]!).toBeLessThanOrEqual(sims[i - 1]!);
    expect(sims.at(-1)!).toBeLessThan(0.2);
  });
});
