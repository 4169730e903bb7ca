/**
 * The fixed train / development / held-out split (by document, never by sentence), shared by
 * `npm run train:ner` and `npm run eval:enrich` so the two can never drift apart:
 *
 *   train     GUM cc-by/train (49 docs; CC BY), WikiGold articles whose index % 5 != 4 (116)
 *   dev       GUM cc-by/dev + cc-by-sa/dev (official GUM dev, 10 docs), WikiGold index % 5 == 4 (29)
 *   held-out  GUM cc-by-sa/train (30 bio and travel docs): never trained on (its text is
 *             CC BY-SA, see gum/SOURCE.md) and never looked at while tuning
 *   LitBank   files sorted by name; index % 5 == 4 is dev (20 excerpts), index % 5 == 2 is
 *             held-out (20 excerpts; LitBank reserves no test split, its paper cross-validates,
 *             so this one is made here, by document), the rest train (60). The speaker ranker
 *             trains on train only; nothing reads held-out but the eval's one held-out row.
 *
 * Development data may be looked at while changing rules or features; held-out may not.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnnotatedDoc } from './annotated-doc';
import { readGum } from './read-gum';
import { readLitbank } from './read-litbank';
import { readWikigold } from './read-wikigold';

export const TRAINING_DATA = fileURLToPath(new URL('../../../shared/training-data/', import.meta.url));

export const hasTrainingData = (): boolean => existsSync(`${TRAINING_DATA}gum`) && existsSync(`${TRAINING_DATA}wikigold`);

export type Split = 'train' | 'dev' | 'heldout';

function gumFolder(folder: string): AnnotatedDoc[] {
  const dir = `${TRAINING_DATA}gum/${folder}`;
  return readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort().map((f) => readGum(`${dir}/${f}`, `gum/${f.replace(/\.conllu$/, '')}`));
}

const wikigoldSplit = (index: number): Split => (index % 5 === 4 ? 'dev' : 'train');

let wikigold: AnnotatedDoc[] | null = null;
function wikigoldDocs(): AnnotatedDoc[] {
  wikigold ??= readWikigold(`${TRAINING_DATA}wikigold/wikigold.conll.txt`);
  return wikigold;
}

export function gumDocs(split: Split): AnnotatedDoc[] {
  if (split === 'train') return gumFolder('cc-by/train');
  if (split === 'dev') return [...gumFolder('cc-by/dev'), ...gumFolder('cc-by-sa/dev')];
  return gumFolder('cc-by-sa/train');
}

export function wikigoldDocsOf(split: Split): AnnotatedDoc[] {
  return wikigoldDocs().filter((_, i) => wikigoldSplit(i) === split);
}

const litbankSplit = (index: number): Split => (index % 5 === 4 ? 'dev' : index % 5 === 2 ? 'heldout' : 'train');

export function litbankDocs(split: Split): AnnotatedDoc[] {
  const base = `${TRAINING_DATA}litbank-quotations`;
  if (!existsSync(base)) return [];
  const names = readdirSync(`${base}/quotations`).filter((f) => f.endsWith('.ann')).map((f) => f.replace(/\.ann$/, '')).sort();
  return names.filter((_, i) => litbankSplit(i) === split).map((n) => readLitbank(`${base}/quotations`, `${base}/coref-ids`, n));
}
