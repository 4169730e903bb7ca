import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_SCHEMA_VERSION, type Entity, type ProcessedDocument } from '../../../../src/shared/corpus';

const SEED_DIR = join(import.meta.dirname, '../../../../resources/corpus');

/** The seed article, split on blank lines; the first 4 lines and the last line are page debris. */
export function seedDocument(): ProcessedDocument {
  const file = readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'))!;
  const lines = readFileSync(join(SEED_DIR, file), 'utf8').split('\n');
  const blocks = lines.slice(4, -1).join('\n').split(/\n\s*\n/u).map((b) => b.trim()).filter(Boolean);
  const [title, ...paragraphs] = blocks;
  return doc('seed', title!, paragraphs, [], 'CNN');
}

export function doc(id: string, title: string, paragraphs: string[], entities: Entity[] = [], source: string | null = null): ProcessedDocument {
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    id,
    title,
    published: '2024-10-25',
    byline: null,
    source,
    url: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `${id}-p${i}`, text })),
    entities,
    quotes: [],
    figures: [],
    events: [],
  };
}

/** Small documents with the tricky text the issue names. */
export function trickyDocuments(): ProcessedDocument[] {
  return [
    doc('kim', 'Defector speaks', [
      'Kim Hong-kyun, a former South Korean diplomat, said “the troops’ morale” was low.',
      'In the end, the talks failed; Russia’s envoy left early.',
    ], [{ name: 'Kim Hong-kyun', type: 'person', mentions: [{ paragraphId: 'kim-p0', start: 0, end: 13 }] }]),
    doc('cafe', 'Café society', ['The café in Kyiv reopened. Zelenskyy visited the Cafe on Monday.']),
    doc('order', 'Word order', ['Korean north winds blew; the end came in time.', 'Ukraine, Russia and Belarus met.']),
    doc('putin', 'Kremlin statement', ['Putin spoke to reporters about the troops.'], [
      { name: 'Vladimir Putin', type: 'person', mentions: [{ paragraphId: 'putin-p0', start: 0, end: 5 }] },
    ]),
  ];
}

/** A corpus with words common enough to be ranked ahead: a small seeded generator, duplicates included. */
export function commonWordsCorpus(n: number): ProcessedDocument[] {
  let x = 12345;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocab = ['market', 'korea', 'election', 'markets', 'korean', 'growing', 'must', 'minister', 'music', 'elections', 'money', 'marketing', 'koreans', 'ministry', 'elected', 'growth', 'grew', 'bank', 'banks', 'museum'];
  const pick = () => vocab[Math.floor(rand() ** 1.5 * vocab.length)]!;
  const docs: ProcessedDocument[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 3 + Math.floor(rand() * 30) }, pick).join(' ');
    const title = `${pick()} ${pick()}`;
    // Some stories name Korea as a place: a correction rejecting it changes what "korea" scores.
    const places = words.includes('korea') && i % 3 === 0 ? [{ name: 'Korea', type: 'place' as const, mentions: [] }] : [];
    docs.push(doc(`d${i}`, title, [words, `${pick()} and ${i % 50 === 0 ? 'zeppelin' : pick()}.`], places as never));
    if (i % 23 === 0) docs.push(doc(`d${i}-copy`, title, [words, 'A copy.']));
  }
  return docs;
}
