/**
 * A change of the tagger's method measured on more names than the dev split holds:
 *   nice -n 10 npx tsx scripts/eval-enrich/cross-validate-ner.ts
 * Five folds of the train split (by document): the tagger is trained on four (exactly as
 * npm run train:ner trains, scripts/ner/train-tagger.ts) and the whole pipeline scored on the
 * fifth, document level, summed over folds. The train split holds about four times the dev
 * split's names, so a method's gain stands out of the noise of one name ≈ half a point; dev and
 * held-out stay untouched. The training switches (NER_RUNS, NER_EPOCHS …) apply.
 * NER_CV_MODELS=/tmp/folds keeps the folds' taggers (scripts/eval-enrich/fold-models.ts): set it
 * before a rule change and again after, to score the change without retraining's noise.
 */
import { enrichDocument } from '../../src/core/corpus/enrich';
import { loadNerModel } from '../../src/core/corpus/enrich/ner-model';
import { paragraphsOf, trainModel } from '../ner/train-tagger';
import { foldModel } from './fold-models';
import { TYPES, emptyCounts, f1, precision, recall, scoreDocEntities } from './score-entities';
import { gumDocs, hasTrainingData, wikigoldDocsOf } from './splits';

const FOLDS = 5;

function main(): void {
  if (!hasTrainingData()) {
    console.log('cross-validate-ner skipped: ../shared/training-data is absent.');
    return;
  }
  const annotated = [...gumDocs('train'), ...wikigoldDocsOf('train')];
  const docLevel = emptyCounts();
  const mentionLevel = emptyCounts();
  for (let fold = 0; fold < FOLDS; fold++) {
    // Fold by position in a fixed order; paragraphsOf builds fresh contexts for each training.
    const train = annotated.filter((_, d) => d % FOLDS !== fold).map(paragraphsOf).filter((d) => d.length > 0);
    const model = loadNerModel(foldModel(fold, () => trainModel(train.flat(), () => {})));
    for (const doc of annotated.filter((_, d) => d % FOLDS === fold)) {
      const result = enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs }, model);
      scoreDocEntities(doc, result, docLevel, mentionLevel);
    }
    console.error(`fold ${fold + 1} of ${FOLDS} scored`);
  }
  const n3 = (x: number): string => x.toFixed(3);
  for (const [name, c] of [['document level', docLevel], ['mention level', mentionLevel]] as const) {
    console.log(`${name.padEnd(15)} ${TYPES.map((t) => `${t} P ${n3(precision(c[t]))} R ${n3(recall(c[t]))} F1 ${n3(f1(c[t]))} (gold ${c[t].gold})`).join(' | ')}`);
  }
}

main();
