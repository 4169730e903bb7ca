/**
 * Ordinary English words, as the SCOWL dictionaries write them in lower case (proper nouns keep
 * their capital there, so "Paris" and "Olympics" are not among them), written by
 * scripts/build-common-words.ts into model/common-words.json (MIT and BSD, see model/NOTICE.md).
 * A capitalised name made only of such words ("Eternal Sunshine", "Media Player", "Windows") is
 * more often a title, a product or an event than a place no gazetteer knows.
 */
import wordsFile from './model/common-words.json' with { type: 'json' };

let lines: string[] | null = null;

/** Whether `word` (any case) is an ordinary English word or the plural of one. */
export function isDictionaryWord(word: string): boolean {
  lines ??= (wordsFile as { words: string }).words.split('\n');
  // Binary search over the sorted list: loading stays one split, no Set of 80,000 words.
  const probe = word.toLowerCase();
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid] as string;
    if (line === probe) return true;
    if (line < probe) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
