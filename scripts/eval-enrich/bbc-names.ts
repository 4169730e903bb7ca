/**
 * How the BBC corpus's ambiguous names are typed, with no gold to score against:
 *   npx tsx scripts/eval-enrich/bbc-names.ts
 * Enriches the 2,225 BBC articles in ../shared/corpora (read there, never copied) and prints, for
 * names that are a club and a place, a given name and an award, a city and a person, or a
 * thing and an acronym ("Chelsea", "Oscar", "Sydney", "PC"), the number of documents that give
 * each one each type (by the words a mention is written with), and the share of figures with a claimant and of quotes with a speaker.
 * Issue 12 named these as the corpus's visible errors; a type a name never has here is a wrong one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrichDocument } from '../../src/core/corpus/enrich';
import type { EntityType } from '../../src/shared/corpus';

const CORPUS = fileURLToPath(new URL('../../../shared/corpora/bbc-news-2225.jsonl', import.meta.url));
const NAMES = ['Chelsea', 'Oscar', 'Sydney', 'Labour', 'Tories', 'Conservatives', 'PC', 'GMT', 'DVD', 'Premiership', 'Christmas'];
const TYPES: EntityType[] = ['person', 'organization', 'place'];

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`bbc-names skipped: ${CORPUS} is absent.`);
    return;
  }
  const docs = readFileSync(CORPUS, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { title: string; body: string });
  const counts = new Map(NAMES.map((n) => [n, new Map<EntityType, number>()]));
  let figures = 0;
  let claimed = 0;
  let quotes = 0;
  let spoken = 0;
  for (const doc of docs) {
    const paragraphs = doc.body.split(/\n\s*\n/u).map((t) => t.trim()).filter(Boolean).map((text, i) => ({ id: `p${i + 1}`, text }));
    const r = enrichDocument({ title: doc.title, published: '2005-03-15', paragraphs });
    // By the words a mention is written with: "Tories" is named the Conservative Party.
    const text = new Map(paragraphs.map((p) => [p.id, p.text]));
    const given = new Set<string>();
    for (const e of r.entities) for (const m of e.mentions) {
      const written = text.get(m.paragraphId)?.slice(m.start, m.end) ?? '';
      if (counts.has(written)) given.add(`${written}\u0000${e.type}`);
    }
    for (const key of given) {
      const [name, type] = key.split('\u0000') as [string, EntityType];
      const byType = counts.get(name)!;
      byType.set(type, (byType.get(type) ?? 0) + 1);
    }
    figures += r.figures.length;
    claimed += r.figures.filter((f) => f.claimant).length;
    quotes += r.quotes.length;
    spoken += r.quotes.filter((q) => q.speaker).length;
  }
  console.log(`BBC, ${docs.length} documents: documents giving each name each type`);
  console.log(`${'name'.padEnd(16)}${TYPES.map((t) => t.padStart(14)).join('')}`);
  for (const [name, byType] of counts) console.log(`${name.padEnd(16)}${TYPES.map((t) => String(byType.get(t) ?? 0).padStart(14)).join('')}`);
  console.log(`figures with a claimant: ${claimed} of ${figures} (${((100 * claimed) / figures).toFixed(1)}%)`);
  console.log(`quotes with a speaker: ${spoken} of ${quotes} (${((100 * spoken) / quotes).toFixed(1)}%)`);
}

main();
