/**
 * Quote-speaker errors on the LitBank DEV split only (never the held-out one), by category:
 *   npx tsx scripts/eval-enrich/speaker-errors.ts [--list] [--train]
 * Each found quote that matches a gold quote is put in one bucket: right, no speaker, a name
 * that fits the gold character but fits another as well ("Bennet"), another character of the
 * text, or a name no character of the text carries ("a man" who never speaks), crossed with how
 * the rules found it (the `via` of speakers.ts) and, for quotes the ranker decided, whether a
 * right candidate was among those it weighed. --list prints the wrong ones (to read, not to copy
 * anywhere: the text is not the project's).
 */
import { enrichDocument } from '../../src/core/corpus/enrich';
import { setAttributionTrace, type Via } from '../../src/core/corpus/enrich/speaker-ranker';
import type { GoldQuote } from './annotated-doc';
import { fit, matchGoldQuotes, rightSpeaker } from './score-attribution';
import { hasTrainingData, litbankDocs } from './splits';

type Traced = { paragraphIndex: number; start: number; end: number; via: Via; candidates: readonly string[] | null };

function bucket(found: string | null, gold: GoldQuote, characters: ReadonlyMap<string, string[]>): string {
  if (found === null) return 'no speaker';
  if (rightSpeaker(found, gold)) return 'right';
  const best = (names: readonly string[]): number => Math.max(0, ...names.map((n) => fit(found, n)));
  const own = best(gold.speakers);
  let other = 0;
  for (const [id, names] of characters) if (id !== gold.entity) other = Math.max(other, best(names));
  if (own > 0 && own >= other) return 'ambiguous name';
  if (other > 0) return 'other character';
  return 'no character';
}

function main(): void {
  if (!hasTrainingData()) {
    console.log('speaker-errors skipped: ../shared/training-data is absent.');
    return;
  }
  const list = process.argv.includes('--list');
  const docs = litbankDocs(process.argv.includes('--train') ? 'train' : 'dev');
  const counts = new Map<string, number>();
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  let total = 0;
  for (const doc of docs) {
    const traced: Traced[] = [];
    setAttributionTrace((e) => traced.push(e));
    const result = enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs });
    setAttributionTrace(null);
    for (const { quote: q, gold: g, paragraph } of matchGoldQuotes(doc, result.quotes)) {
      total += 1;
      const t = traced.find((e) => e.paragraphIndex === paragraph && e.start === q.start);
      const via = t?.via ?? 'none';
      const b = bucket(q.speaker, g, doc.characters ?? new Map());
      const reach = t?.candidates ? (t.candidates.some((c) => rightSpeaker(c, g)) ? ' (right one weighed)' : ' (right one not weighed)') : '';
      add(`${b}`);
      add(`  ${b} | via ${via}${b === 'right' ? '' : reach}`);
      if (list && b !== 'right') console.log(`${b} | ${via} | ${doc.id} p${paragraph}: found ${q.speaker ?? '-'}; gold ${g.speakers.slice(0, 3).join(' / ')}${t?.candidates ? `; weighed ${t.candidates.join(', ')}` : ''}`);
    }
  }
  console.log(`quotes found that match gold: ${total}`);
  const keys = [...counts.keys()].sort((a, b) => a.trim().split(' | ')[0]!.localeCompare(b.trim().split(' | ')[0]!) || (a.startsWith(' ') ? 1 : 0) - (b.startsWith(' ') ? 1 : 0) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  for (const key of keys) console.log(`${key.padEnd(64)} ${String(counts.get(key)).padStart(4)}`);
}

main();
