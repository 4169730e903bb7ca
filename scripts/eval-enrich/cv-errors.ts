/**
 * Entity errors under cross-validation of the train split (never dev or held-out), document
 * level: the folds of cross-validate-ner.ts, each fold's documents read by a tagger trained on
 * the other four, so the errors are those of text the tagger has not seen.
 *   nice -n 10 npx tsx scripts/eval-enrich/cv-errors.ts [--type=organization] [--tp] > /tmp/cv-errors.txt
 * One line per error: "FP|FN <type> <category> <name> (<note>)"; --tp adds the names found right. The names are the data's, to
 * read, never to copy into the repo.
 */
import { enrichDocument } from '../../src/core/corpus/enrich';
import { loadNerModel } from '../../src/core/corpus/enrich/ner-model';
import { paragraphsOf, trainModel } from '../ner/train-tagger';
import { foldModel } from './fold-models';
import { nameSets, sharedName } from './name-sets';
import { TYPES } from './score-entities';
import { gumDocs, hasTrainingData, wikigoldDocsOf } from './splits';

const FOLDS = 5;

function main(): void {
  if (!hasTrainingData()) {
    console.log('cv-errors skipped: ../shared/training-data is absent.');
    return;
  }
  const tp = process.argv.includes('--tp');
  const only = process.argv.find((a) => a.startsWith('--type='))?.slice(7);
  const annotated = [...gumDocs('train'), ...wikigoldDocsOf('train')];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = annotated.filter((_, d) => d % FOLDS !== fold).map(paragraphsOf).filter((d) => d.length > 0);
    const model = loadNerModel(foldModel(fold, () => trainModel(train.flat(), () => {})));
    for (const doc of annotated.filter((_, d) => d % FOLDS === fold)) {
      const result = enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs }, model);
      const { gold, found } = nameSets(doc, result);
      const shares = sharedName;
      for (const t of TYPES) {
        if (only && t !== only) continue;
        const g = gold.get(t) as Set<string>;
        const f = found.get(t) as Set<string>;
        for (const name of f) {
          if (g.has(name)) {
            if (tp) console.log(`TP ${t} ${name} (${doc.id})`);
            continue;
          }
          const other = TYPES.find((o) => o !== t && gold.get(o)?.has(name));
          const cat = other ? `wrong-type(gold ${other})` : shares(name, g) ? `partial(gold "${shares(name, g)}")` : 'spurious';
          console.log(`FP ${t} ${cat} ${name} (${doc.id})`);
        }
        for (const name of g) {
          if (f.has(name)) continue;
          const other = TYPES.find((o) => o !== t && found.get(o)?.has(name));
          const cat = other ? `typed-otherwise(found ${other})` : shares(name, f) ? `partial(found "${shares(name, f)}")` : 'not-found';
          console.log(`FN ${t} ${cat} ${name} (${doc.id})`);
        }
      }
    }
    console.error(`fold ${fold + 1} of ${FOLDS}`);
  }
}

main();
