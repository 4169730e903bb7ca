import type { Figure } from '../../../../shared/corpus';

/** Figures that count the same thing, so conflicting estimates sit side by side. */
export interface FigureGroup {
  key: string;
  /** What they count, as first written: "North Korean soldiers". */
  label: string;
  figures: Figure[];
}

function singular(word: string): string {
  if (/ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/u.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * "The North Korean soldiers" and "north korean soldier" count the same thing: compare
 * case-, article-, punctuation- and plural-insensitively.
 */
export function figureGroupKey(counts: string): string {
  const words = counts
    .toLowerCase()
    .replace(/[’']/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  while (words.length > 1 && ['the', 'a', 'an', 'some', 'about', 'around', 'at', 'least'].includes(words[0]!)) words.shift();
  return words.map(singular).join(' ');
}

const headNoun = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/**
 * Groups in order of first mention; figures keep document order within a group.
 * News copy qualifies a count once and then drops the qualifier: "3,000 North Korean soldiers"
 * (White House) … "1,500 soldiers" (NIS). A claimed figure counting a bare noun therefore joins
 * the earlier group counting a qualified form of that noun, so rival estimates sit side by side;
 * an unclaimed one ("an army of 1.2 million soldiers") is background, not an estimate, and stays apart.
 */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const figure of figures) {
    let key = figureGroupKey(figure.counts) || figure.text;
    if (figure.claimant && !key.includes(' ') && !groups.has(key)) {
      const qualified = [...groups.values()].find((g) => g.key.includes(' ') && headNoun(g.key) === key && g.figures.some((f) => f.claimant));
      if (qualified) key = qualified.key;
    }
    const group = groups.get(key);
    if (group) group.figures.push(figure);
    else groups.set(key, { key, label: figure.counts.trim() || 'Unlabelled figures', figures: [figure] });
  }
  return [...groups.values()];
}
