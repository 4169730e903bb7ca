/**
 * The speaker models as `npm run train:speakers` fits them, from a list of annotated documents,
 * so the trainer and the cross-validation (scripts/eval-enrich/cross-validate-speakers.ts)
 * fit them the same way:
 * 1. The per-quote ranker: enrichment runs with the ranker bypassed, every quote the ranker
 *    would decide is collected with its candidates, a candidate is right the way eval:enrich
 *    scores it (rightSpeaker), and a softmax ranker is fitted (softmax.ts). A second round sees
 *    the turns as the first round's ranker assigns them, as the shipped one will.
 * 2. The conversation decoder, on the steps the ranker leaves (conversation.ts), each
 *    document's steps carrying the opinion of a ranker that never saw it; its weights are the
 *    average of fits on overlapping subsets of the documents (bagged below).
 * Deterministic: fixed order, no randomness.
 */
import { enrichDocument } from '../../src/core/corpus/enrich';
import type { ConversationModel } from '../../src/core/corpus/enrich/conversation';
import { setConversationTrace } from '../../src/core/corpus/enrich/conversation-model';
import { type CandidateInfo, type QuoteContext, type SpeakerModel, candidateFeatures, setSpeakerTrace } from '../../src/core/corpus/enrich/speaker-ranker';
import type { AnnotatedDoc, GoldQuote } from '../eval-enrich/annotated-doc';
import { rightSpeaker } from '../eval-enrich/score-attribution';
import { type Sequence, fitConversationTemperature, pseudoExamples, sequencesOf } from './conversation';
import { type RankExample, trainSoftmax } from './softmax';

/** L2 strengths chosen on the LitBank dev split (the held-out one was not consulted). */
const RANKER = { iterations: 300, l2: 1e-3, rate: 0.3 };
const CONVERSATION = { iterations: 300, l2: 2e-1, rate: 0.3 };
const FOLDS = 5;
const BAGS = 5;

const overlaps = (g: GoldQuote, q: { start: number; end: number }): boolean => {
  const overlap = Math.min(g.end, q.end) - Math.max(g.start, q.start);
  return overlap > 0 && overlap * 2 >= Math.min(g.end - g.start, q.end - q.start);
};

/** Every quote the ranker decides in `docs`, with its candidates; `model` decides (null: the rules). */
export function examplesOf(docs: readonly AnnotatedDoc[], model: SpeakerModel | null = null): RankExample[] {
  const out: RankExample[] = [];
  for (const doc of docs) {
    const events: { paragraphIndex: number; start: number; end: number; ctx: QuoteContext; candidates: readonly CandidateInfo[] }[] = [];
    setSpeakerTrace((e) => events.push(e), model);
    setConversationTrace(() => {}, null); // the ranker's own choices, not the decoder's
    enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs });
    setConversationTrace(null);
    setSpeakerTrace(null);
    for (const e of events) {
      const gold = (doc.quotes ?? []).find((g) => g.paragraph === e.paragraphIndex && overlaps(g, e));
      if (!gold) continue;
      out.push({ features: candidateFeatures(e.ctx, e.candidates), right: e.candidates.map((c) => rightSpeaker(c.name, gold)) });
    }
  }
  return out;
}

/** The two-round ranker of step 1. */
export function trainRanker(docs: readonly AnnotatedDoc[]): { ranker: SpeakerModel; round1: SpeakerModel; examples: RankExample[] } {
  const round1: SpeakerModel = { weights: trainSoftmax(examplesOf(docs), RANKER), temperature: 1 };
  const examples = [...examplesOf(docs), ...examplesOf(docs, round1)];
  return { ranker: { weights: trainSoftmax(examples, RANKER), temperature: 1 }, round1, examples };
}

/** Step 2: the decoder, cross-fitted (with the ranker's own, fitted opinion it learns to trust it more than it deserves). */
export function trainConversation(docs: readonly AnnotatedDoc[]): { model: ConversationModel; sequences: Sequence[] } {
  const sequences = Array.from({ length: FOLDS }, (_, fold) => fold).flatMap((fold) => {
    const others = docs.filter((_, i) => i % FOLDS !== fold);
    return sequencesOf(docs.filter((_, i) => i % FOLDS === fold), trainRanker(others).ranker);
  });
  const weights = bagged(sequences);
  return { model: { weights, temperature: fitConversationTemperature(weights, sequences) }, sequences };
}

/**
 * The decoder's weights averaged over BAGS fits, each leaving out every BAGS-th sequence: one
 * fit swings with the few long exchanges it sees (a 3-fold refit moved one excerpt's count by 9
 * when a rule changed another excerpt's examples), and the average moves less.
 */
function bagged(sequences: readonly Sequence[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (let b = 0; b < BAGS; b++) {
    const w = trainSoftmax(pseudoExamples(sequences.filter((_, i) => i % BAGS !== b)), CONVERSATION);
    for (const [k, v] of w) sum.set(k, (sum.get(k) ?? 0) + v / BAGS);
  }
  return new Map([...sum].map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}
