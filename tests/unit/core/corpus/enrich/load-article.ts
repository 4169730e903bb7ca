/**
 * Test input: an article as the cleaning step would hand it over — blank-line separated
 * paragraphs with ids, address/locale debris and the title line removed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Paragraph } from '../../../../../src/shared/corpus';
import type { EnrichInput } from '../../../../../src/core/corpus/enrich';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const DEBRIS = [/^Physical Address$/, /^\d+ North Cardinal St\.$/, /^Dorchester Center, MA \d+$/, /^en_US\w*$/];

export function splitParagraphs(body: string, prefix = 'p'): Paragraph[] {
  return body
    .split('\n')
    .filter((line) => !DEBRIS.some((re) => re.test(line.trim())))
    .join('\n')
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((text, i) => ({ id: `${prefix}${i + 1}`, text }));
}

/** The CNN seed article (resources/corpus), published 2024-10-25. */
export function seedArticle(): EnrichInput {
  const raw = readFileSync(`${ROOT}resources/corpus/cnn-2024-10-25-north-koreans-ukraine.txt`, 'utf8');
  const meta = JSON.parse(readFileSync(`${ROOT}resources/corpus/cnn-2024-10-25-north-koreans-ukraine.txt.meta.json`, 'utf8')) as { title: string; published: string };
  const paragraphs = splitParagraphs(raw).filter((p) => p.text !== meta.title);
  return { title: meta.title, published: meta.published, paragraphs };
}

/** A fixture article: first line is the title, then a blank line and the body. */
export function fixtureArticle(name: string, published: string): EnrichInput {
  const raw = readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
  const [title = '', ...rest] = raw.split('\n');
  return { title, published, paragraphs: splitParagraphs(rest.join('\n')) };
}
