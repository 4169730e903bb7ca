/**
 * Writes src/core/corpus/enrich/model/common-words.json, the ordinary English words the entity
 * rules ask about (common-words.ts):
 *   npm run build:common-words
 * From the SCOWL-derived Hunspell dictionaries `dictionary-en` (US) and `dictionary-en-gb` (British
 * "-ise" spelling), npm devDependencies (MIT and BSD, see model/NOTICE.md). Kept: the entries
 * written in lower case (the dictionaries write proper nouns with their capital: "Paris",
 * "Olympics"), and their plurals where the entry takes the plural flag. Deterministic: sorted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../src/core/corpus/enrich/model/common-words.json', import.meta.url));
const require = createRequire(import.meta.url);

/** The .dic file beside a dictionary package's entry point (its exports name only index.js). */
const dicOf = (pkg: string): string => readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8');

/** "city" -> "cities", "box" -> "boxes", "window" -> "windows": what Hunspell's S flag adds. */
const plural = (w: string): string => (/[^aeiou]y$/u.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/u.test(w) ? `${w}es` : `${w}s`);

const words = new Set<string>();
for (const pkg of ['dictionary-en', 'dictionary-en-gb']) {
  for (const line of dicOf(pkg).split('\n').slice(1)) {
    const [word = '', flags = ''] = line.trim().split('/');
    if (!/^\p{Ll}[\p{Ll}'-]+$/u.test(word)) continue;
    words.add(word);
    if (flags.includes('S')) words.add(plural(word));
  }
}
const sorted = [...words].sort();
writeFileSync(OUT, `${JSON.stringify({ source: 'SCOWL via npm dictionary-en and dictionary-en-gb (MIT and BSD); written by scripts/build-common-words.ts', words: sorted.join('\n') })}\n`);
console.log(`common words: ${sorted.length} written to ${OUT}`);
