/** Debug: print LitBank quotes with gold and found speakers (dev or train only; never held out). */
import { enrichDocument } from '../../src/core/corpus/enrich';
import { lenientSpeaker, rightSpeaker } from './score-attribution';
import { litbankDocs } from './splits';

const split = process.argv[2] === 'train' ? 'train' : 'dev';
for (const doc of litbankDocs(split)) {
  const result = enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs });
  console.log(`\n=== ${doc.id}`);
  const pIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  for (const q of result.quotes) {
    const pi = pIndex.get(q.paragraphId)!;
    const g = (doc.quotes ?? []).find((g) => g.paragraph === pi && Math.min(g.end, q.end) - Math.max(g.start, q.start) > 0);
    const ok = g ? rightSpeaker(q.speaker, g) : null;
    const lenient = g ? lenientSpeaker(q.speaker, g) : null;
    const para = doc.paragraphs[pi]!.text;
    console.log(`${ok === null ? '?' : ok ? '+' : lenient ? '~' : '-'} [p${pi}] found=${q.speaker} c=${q.confidence} gold=${g ? g.speakers.slice(0, 4).join(' | ') : 'none'}\n    ${para.slice(0, 300)}`);
  }
}
