/**
 * Enrichment speed on the BBC corpus (read from ../shared/corpora, never copied into the repo):
 *   npm run bench:enrich -- [limit] [--sample]
 * Prints ms/document and totals; --sample prints one document's enrichment for eyeballing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrichDocument } from '../src/core/corpus/enrich';
import { isDictionaryWord } from '../src/core/corpus/enrich/common-words';
import { placeKind } from '../src/core/corpus/enrich/gazetteer';
import { type NerModelFile, loadNerModel, shippedNerModel } from '../src/core/corpus/enrich/ner-model';
import type { Paragraph } from '../src/shared/corpus';

const path = fileURLToPath(new URL('../../shared/corpora/bbc-news-2225.jsonl', import.meta.url));
/** The BBC bodies are already clean: blank-line blocks are the paragraphs. */
function splitParagraphs(body: string): Paragraph[] {
  return body
    .split(/\n\s*\n/u)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text, i) => ({ id: `p${i + 1}`, text }));
}

const limit = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? Infinity);
const docs = readFileSync(path, 'utf8').trim().split('\n').slice(0, limit).map((l) => JSON.parse(l) as { id: string; title: string; body: string });
const inputs = docs.map((d) => ({ title: d.title, published: '2005-03-15', paragraphs: splitParagraphs(d.body) }));

// Model load as the app pays it once per worker: read + parse the JSON, then build the index.
const loadStarted = performance.now();
loadNerModel(JSON.parse(readFileSync(new URL('../src/core/corpus/enrich/model/ner-weights.json', import.meta.url), 'utf8')) as NerModelFile);
console.log(`entity model loads in ${(performance.now() - loadStarted).toFixed(0)} ms`);
const placesStarted = performance.now();
placeKind('London'); // the gazetteer loads on first use
console.log(`place gazetteer loads in ${(performance.now() - placesStarted).toFixed(0)} ms`);
const wordsStarted = performance.now();
isDictionaryWord('window'); // the word list loads on first use
console.log(`common-word list loads in ${(performance.now() - wordsStarted).toFixed(0)} ms`);
shippedNerModel();
enrichDocument(inputs[0] ?? { title: '', published: null, paragraphs: [] }); // warm-up
const totals = { entities: 0, quotes: 0, figures: 0, events: 0 };
const started = performance.now();
for (const input of inputs) {
  const r = enrichDocument(input);
  totals.entities += r.entities.length;
  totals.quotes += r.quotes.length;
  totals.figures += r.figures.length;
  totals.events += r.events.length;
}
const elapsed = performance.now() - started;
console.log(`${inputs.length} documents in ${elapsed.toFixed(0)} ms = ${(elapsed / inputs.length).toFixed(2)} ms/document = ${((1000 * inputs.length) / elapsed).toFixed(0)} documents/s on one core (model loaded)`, totals);

const sample = process.argv.indexOf('--sample');
if (sample >= 0) {
  const input = inputs[Number(process.argv[sample + 1] ?? 0)];
  if (input) console.log(input.title, JSON.stringify(enrichDocument(input), null, 1));
}
