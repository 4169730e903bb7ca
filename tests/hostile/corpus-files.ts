import type { SourceFormat } from '../../src/core/corpus/raw-document';
import type { Random } from './random';
import { hostileString } from './unicode';

/**
 * Corpus files that made cleaning super-linear or threw raw exceptions (issue 16), as
 * functions of a size n, for the bench (`npm run bench:hostile`), the bounded tests and the soak.
 */
export interface HostileShape {
  name: string;
  format: SourceFormat;
  /** Multiplies the bench's sizes (nesting shapes are bigger per unit). */
  scale: number;
  make(n: number): string;
}

const page = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  { name: 'nested <div>', format: 'html', scale: 0.5, make: (n) => page(`${'<div>'.repeat(n)}Deep text here.${'</div>'.repeat(n)}`) },
  { name: 'nested <div> + text', format: 'html', scale: 0.25, make: (n) => page(`${'<div><p>Some words in a paragraph.</p>'.repeat(n)}${'</div>'.repeat(n)}`) },
  { name: 'nested <table>', format: 'html', scale: 0.25, make: (n) => page(`${'<table><tr><td>'.repeat(n)}cell${'</td></tr></table>'.repeat(n)}`) },
  { name: 'unclosed <div>', format: 'html', scale: 0.5, make: (n) => page(`${'<div>x '.repeat(n)}`) },
  { name: 'html without markup', format: 'html', scale: 1, make: (n) => 'Plain words in a file called html. '.repeat(Math.max(1, n / 10)) },
  { name: 'dots (text)', format: 'text', scale: 10, make: (n) => '.'.repeat(n) },
  { name: 'dots (html)', format: 'html', scale: 10, make: (n) => page(`<p>${'.'.repeat(n)}</p>`) },
  { name: 'open quotes (text)', format: 'text', scale: 3, make: (n) => '“He said '.repeat(Math.max(1, n / 3)) },
  { name: 'open quotes (markdown)', format: 'markdown', scale: 3, make: (n) => '“He said '.repeat(Math.max(1, n / 3)) },
  { name: 'one long line of words', format: 'text', scale: 10, make: (n) => 'Word Another Name said. '.repeat(Math.max(1, n / 8)) },
  { name: 'nested markdown quotes', format: 'markdown', scale: 0.5, make: (n) => `${'>'.repeat(n)} quoted` },
  { name: 'nested markdown lists', format: 'markdown', scale: 0.25, make: (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') },
  { name: 'capitalised words', format: 'text', scale: 5, make: (n) => 'Alpha Beta Gamma Delta '.repeat(Math.max(1, n / 6)) },
];

/** A random corpus file: a hostile shape at a random small size, or random hostile text. */
export function hostileCorpusFile(random: Random, maxUnits = 400): { format: SourceFormat; content: string } {
  if (random.chance(0.5)) {
    const shape = random.pick(HOSTILE_SHAPES);
    return { format: shape.format, content: shape.make(1 + random.int(maxUnits)) };
  }
  const format = random.pick(['text', 'markdown', 'html'] as const);
  const parts = Array.from({ length: 1 + random.int(30) }, () => hostileString(random, 8));
  return { format, content: parts.join(random.pick(['\n', '\n\n', ' ', '<p>', '</div>', '<div>'])) };
}
