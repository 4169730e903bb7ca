/**
 * NER_CV_MODELS=/tmp/folds: the cross-validation folds' taggers are kept in that folder (written
 * the first time, read after). A rule change also changes the features the tagger is trained on,
 * and retraining moves a few names in every fold either way; with the folds' taggers kept from
 * before the change, the scores show what the change itself does at reading time, as it will
 * with the shipped weights until they are retrained. Unset: every run trains afresh.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { NerModelFile } from '../../src/core/corpus/enrich/ner-model';

export function foldModel(fold: number, train: () => NerModelFile): NerModelFile {
  const dir = process.env.NER_CV_MODELS;
  if (!dir) return train();
  const file = `${dir}/fold-${fold}.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as NerModelFile;
  const model = train();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(model));
  return model;
}
