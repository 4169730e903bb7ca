/**
 * Scores enrichment on public annotated data and on the project's fixtures:
 *   npm run eval:enrich            dev, held-out and fixtures
 *   npm run eval:enrich -- --train also the training split (a model should fit it; a sanity check)
 *   npm run eval:enrich -- --3     three decimals (one dev name moves a type's F1 by about 0.005)
 * Splits are fixed in scripts/eval-enrich/splits.ts. Skips with one line without ../shared.
 */
import { enrichDocument } from '../src/core/corpus/enrich';
import type { AnnotatedDoc } from './eval-enrich/annotated-doc';
import { type Accuracy, type SpeakerScores, emptyAccuracy, scoreDocQuotes } from './eval-enrich/score-attribution';
import { TYPES, type TypeCounts, emptyCounts, f1, precision, recall, scoreDocEntities } from './eval-enrich/score-entities';
import { scoreFixtures } from './eval-enrich/score-fixtures';
import { gumDocs, hasTrainingData, litbankDocs, wikigoldDocsOf } from './eval-enrich/splits';

interface Row {
  name: string;
  documents: number;
  docLevel: TypeCounts;
  mentionLevel: TypeCounts | null;
}

function scoreSet(name: string, docs: readonly AnnotatedDoc[]): Row {
  const row: Row = { name, documents: docs.length, docLevel: emptyCounts(), mentionLevel: emptyCounts() };
  for (const doc of docs) {
    const result = enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs });
    scoreDocEntities(doc, result, row.docLevel, row.mentionLevel as TypeCounts);
  }
  return row;
}

function speakerAccuracy(docs: readonly AnnotatedDoc[]): SpeakerScores {
  const scores = { strict: emptyAccuracy(), lenient: emptyAccuracy() };
  for (const doc of docs) scoreDocQuotes(doc, enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs }), scores);
  return scores;
}

const DIGITS = process.argv.includes('--3') ? 3 : 2;
const n2 = (x: number): string => x.toFixed(DIGITS);
const cells = (c: TypeCounts | null): string => TYPES.map((t) => (c ? `${n2(precision(c[t]))} ${n2(recall(c[t]))} ${n2(f1(c[t]))}` : '   -    -    -')).join(' | ');
const merge = (rows: readonly Row[], name: string): Row => {
  const sum = (pick: (r: Row) => TypeCounts | null): TypeCounts => {
    const out = emptyCounts();
    for (const r of rows) {
      const c = pick(r);
      if (c) for (const t of TYPES) for (const k of ['correct', 'found', 'gold'] as const) out[t][k] += c[t][k];
    }
    return out;
  };
  return { name, documents: rows.reduce((n, r) => n + r.documents, 0), docLevel: sum((r) => r.docLevel), mentionLevel: sum((r) => r.mentionLevel) };
};

function main(): void {
  if (!hasTrainingData()) {
    console.log('eval:enrich skipped: ../shared/training-data is absent (scores need the licence-checked data kept outside the repo).');
    return;
  }
  const withTrain = process.argv.includes('--train');
  const gumDev = scoreSet('GUM dev', gumDocs('dev'));
  const wikiDev = scoreSet('WikiGold dev', wikigoldDocsOf('dev'));
  const rows: Row[] = [gumDev, wikiDev, merge([gumDev, wikiDev], 'DEV (GUM + WikiGold)'), scoreSet('HELD-OUT GUM cc-by-sa train', gumDocs('heldout'))];
  if (withTrain) {
    const train = speakerAccuracy(litbankDocs('train'));
    console.log(`LitBank train speakers: ${train.strict.correct}/${train.strict.matched} = ${n2(train.strict.correct / Math.max(1, train.strict.matched))}`);
  }
  if (withTrain) rows.push(merge([scoreSet('', gumDocs('train')), scoreSet('', wikigoldDocsOf('train'))], 'train (GUM cc-by + WikiGold)'));
  const fixtures = scoreFixtures(emptyCounts());
  rows.push({ name: 'fixtures (tuned on)', documents: fixtures.documents, docLevel: fixtures.entities, mentionLevel: null });

  const head = `${'set'.padEnd(30)} docs | person   P    R    F1 | organisation P  R  F1 | place    P    R    F1`;
  console.log('\nEntities, document level (unique names per document, case/punctuation folded)');
  console.log(head);
  for (const r of rows) console.log(`${r.name.padEnd(30)} ${String(r.documents).padStart(4)} |      ${cells(r.docLevel)}`);
  console.log('\nEntities, mention level (exact spans and type)');
  console.log(head);
  for (const r of rows) if (r.mentionLevel) console.log(`${r.name.padEnd(30)} ${String(r.documents).padStart(4)} |      ${cells(r.mentionLevel)}`);

  const litbank = speakerAccuracy(litbankDocs('dev'));
  const heldout = speakerAccuracy(litbankDocs('heldout'));
  const accuracies: [string, Accuracy][] = [
    ['quote speakers, LitBank dev', litbank.strict],
    ['  (lenient: any name part)', litbank.lenient],
    ['HELD-OUT LitBank speakers', heldout.strict],
    ['quote speakers, fixtures', fixtures.speakers],
    ['figure claimants, fixtures', fixtures.claimants],
    ['date values, fixtures', fixtures.dates],
  ];
  console.log('\nAttribution and dates (accuracy over items found that match gold)');
  console.log(`${'measure'.padEnd(30)}  gold  found  right  accuracy  coverage`);
  for (const [name, a] of accuracies) {
    console.log(`${name.padEnd(30)} ${String(a.gold).padStart(5)} ${String(a.matched).padStart(6)} ${String(a.correct).padStart(6)}      ${n2(a.matched ? a.correct / a.matched : 0)}      ${n2(a.gold ? a.matched / a.gold : 0)}`);
  }
}

main();
