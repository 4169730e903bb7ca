/**
 * Trains the entity tagger shipped in src/core/corpus/enrich/model/ner-weights.json:
 *   nice -n 10 npm run train:ner
 * (scripts/ner/train-tagger.ts), only on the CC BY parts of ../shared/training-data (the train
 * split of scripts/eval-enrich/splits.ts: GUM cc-by/train and WikiGold's train articles;
 * LitBank's fiction names made the tagger worse on news-like dev data). Deterministic: the same
 * data gives byte-identical weights. Prints span P/R/F1 of the tagger alone on the dev split
 * (to look at; nothing is tuned on the held-out split).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type NerModelFile, loadNerModel, tagTokens, taggedSpans } from '../src/core/corpus/enrich/ner-model';
import { gumDocs, hasTrainingData, wikigoldDocsOf } from './eval-enrich/splits';
import { paragraphsOf, trainModel } from './ner/train-tagger';

const OUT = fileURLToPath(new URL('../src/core/corpus/enrich/model/', import.meta.url));

function main(): void {
  if (!hasTrainingData()) {
    console.log('train:ner skipped: ../shared/training-data is absent.');
    return;
  }
  const started = performance.now();
  const docs = [...gumDocs('train'), ...wikigoldDocsOf('train')].map(paragraphsOf).filter((d) => d.length > 0);
  const file = trainModel(docs.flat(), (line) => console.log(line));
  const json = `${JSON.stringify(file)}\n`;
  writeFileSync(`${OUT}ner-weights.json`, json);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  writeFileSync(`${OUT}ner-weights-id.ts`, `/** Written by npm run train:ner: changes with the weights, so the pipeline fingerprint does too. */\nexport const NER_WEIGHTS_ID = '${digest}';\n`);
  console.log(`${(json.length / 1024).toFixed(0)} KiB, trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  reportDev(file);
}

function reportDev(file: NerModelFile): void {
  const model = loadNerModel(file);
  const byType = new Map<string, { correct: number; found: number; gold: number }>();
  for (const p of [...gumDocs('dev'), ...wikigoldDocsOf('dev')].flatMap(paragraphsOf)) {
    const found = taggedSpans(tagTokens(model, p.ctx)).map((s) => `${s.type}:${s.from}:${s.to}`);
    const gold = taggedSpans(p.gold.map((label) => ({ label, confidence: 1 }))).map((s) => `${s.type}:${s.from}:${s.to}`);
    for (const [list, key] of [[found, 'found'], [gold, 'gold']] as const) {
      for (const s of list) {
        const c = byType.get(s.split(':')[0] as string) ?? { correct: 0, found: 0, gold: 0 };
        c[key] += 1;
        if (key === 'found' && gold.includes(s)) c.correct += 1;
        byType.set(s.split(':')[0] as string, c);
      }
    }
  }
  for (const [type, c] of [...byType].sort()) {
    const p = c.correct / Math.max(1, c.found);
    const r = c.correct / Math.max(1, c.gold);
    console.log(`model alone, dev spans, ${type.padEnd(12)} P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(2)}`);
  }
}

main();
