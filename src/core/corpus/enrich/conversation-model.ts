/**
 * The shipped conversation decoder (conversation.ts) applied to a document's quotes once every
 * paragraph has been read: ranked quotes take the speaker of the best whole sequence, and a
 * figure quoted inside a quote follows its new speaker. Weights in
 * speaker-model/conversation-weights.json (see speaker-model/NOTICE.md), trained by
 * `npm run train:speakers`.
 */
import type { Figure, Quote } from '../../../shared/corpus';
import weightsFile from './speaker-model/conversation-weights.json' with { type: 'json' };
import { type ConversationModel, confidences, decode, localTable, speakersOf, type Step } from './conversation';

interface WeightsFile {
  format: number;
  temperature: number;
  weights: Record<string, number>;
}

export function loadConversationModel(file: WeightsFile): ConversationModel {
  if (file.format !== 1) throw new Error('conversation-weights.json has an unknown format; run npm run train:speakers');
  return { weights: new Map(Object.entries(file.weights)), temperature: file.temperature };
}

let shipped: ConversationModel | null = null;
const shippedModel = (): ConversationModel => (shipped ??= loadConversationModel(weightsFile as WeightsFile));

/** Training hook: sees each dialogue document's steps; decides with `model` (null: leave the ranker's choices). */
type StepsTrace = (steps: readonly Step[]) => void;
let trace: { fn: StepsTrace; model: ConversationModel | null } | null = null;
export function setConversationTrace(fn: StepsTrace | null, model: ConversationModel | null = null): void {
  trace = fn ? { fn, model } : null;
}

/** `steps` are one per quote of `quotes`, in the same order. Mutates quotes and figures. */
export function decideConversation(steps: readonly Step[], quotes: Quote[], figures: Figure[]): void {
  if (steps.length !== quotes.length) return;
  trace?.fn(steps);
  const model = trace ? trace.model : shippedModel();
  if (!model || !steps.some((s) => s.ranked)) return;
  const local = localTable(steps);
  const choice = decode(steps, model.weights, local);
  const said = speakersOf(steps, choice);
  const sure = confidences(steps, model.weights, local, choice, model.temperature);
  const set = (i: number, who: string | null, confidence: number): void => {
    const q = quotes[i]!;
    for (const f of figures) {
      if (f.paragraphId !== q.paragraphId || f.start < q.start || f.end > q.end || f.claimant !== q.speaker) continue;
      f.claimant = who;
      if (who === null) delete f.confidence;
      else f.confidence = confidence;
    }
    q.speaker = who;
    if (who === null) delete q.confidence;
    else q.confidence = confidence;
  };
  steps.forEach((s, i) => {
    if (s.ranked && s.ranked.candidates.length > 0) set(i, said[i] ?? null, Math.round((sure[i] ?? 0) * 100) / 100);
  });
  // A quote that took its paragraph's speaker takes its paragraph's decided one, as sure as it is.
  steps.forEach((s, i) => {
    if (!s.follows || said[i] === quotes[i]!.speaker) return;
    const from = quotes.find((o, j) => j !== i && steps[j]?.paragraph === s.paragraph && !steps[j]?.follows && o.speaker === said[i]);
    set(i, said[i] ?? null, from?.confidence ?? quotes[i]!.confidence ?? 0);
  });
}
