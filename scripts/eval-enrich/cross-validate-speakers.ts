/**
 * A change of the speaker pipeline measured on more quotes than the dev split holds:
 *   nice -n 10 npx tsx scripts/eval-enrich/cross-validate-speakers.ts [folds=5]
 * Folds of the LitBank train split (by document): both speaker models are fitted on the
 * other folds exactly as npm run train:speakers fits them (train-speakers/train-models.ts) and
 * the whole pipeline is scored on the fold left out, strict speaker accuracy summed over folds.
 * The train split holds three times the dev split's quotes; dev and held-out stay untouched.
 * Three and five folds can differ by 25 quotes: compare a change under both.
 * PER_DOC=1 prints each document's right count too: diffing two runs separates what a rule
 * change does in the documents it touches from the refitted models moving everywhere else.
 */
import { enrichDocument } from '../../src/core/corpus/enrich';
import { setConversationTrace } from '../../src/core/corpus/enrich/conversation-model';
import { setSpeakerTrace } from '../../src/core/corpus/enrich/speaker-ranker';
import { trainConversation, trainRanker } from '../train-speakers/train-models';
import { emptyAccuracy, scoreDocQuotes } from './score-attribution';
import { hasTrainingData, litbankDocs } from './splits';

function main(): void {
  const docs = hasTrainingData() ? litbankDocs('train') : [];
  if (docs.length === 0) {
    console.log('cross-validate-speakers skipped: ../shared/training-data/litbank-quotations is absent.');
    return;
  }
  const folds = Number(process.argv[2] ?? 5);
  const scores = { strict: emptyAccuracy(), lenient: emptyAccuracy() };
  for (let fold = 0; fold < folds; fold++) {
    const fit = docs.filter((_, i) => i % folds !== fold);
    const { ranker } = trainRanker(fit);
    const { model } = trainConversation(fit);
    for (const doc of docs.filter((_, i) => i % folds === fold)) {
      setSpeakerTrace(() => {}, ranker);
      setConversationTrace(() => {}, model);
      const before = scores.strict.correct;
      scoreDocQuotes(doc, enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs }), scores);
      if (process.env.PER_DOC) console.log(`${doc.id} ${scores.strict.correct - before}`);
      setConversationTrace(null);
      setSpeakerTrace(null);
    }
  }
  const { correct, matched } = scores.strict;
  console.log(`LitBank train, ${folds}-fold: speakers ${correct}/${matched} = ${(correct / Math.max(1, matched)).toFixed(3)}`);
}

main();
