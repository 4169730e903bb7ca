/**
 * Every entity the pipeline finds in the 2,225 BBC articles, one "id<TAB>type<TAB>name" line each,
 * sorted, so two runs can be diffed (`diff before.tsv after.tsv`) and the differences read:
 *   npx tsx scripts/eval-enrich/dump-bbc-entities.ts > /tmp/entities.tsv
 * Reads ../shared/corpora (never copied); write the output outside the repo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrichDocument } from '../../src/core/corpus/enrich';

const CORPUS = fileURLToPath(new URL('../../../shared/corpora/bbc-news-2225.jsonl', import.meta.url));

function main(): void {
  if (!existsSync(CORPUS)) {
    console.error(`dump-bbc-entities skipped: ${CORPUS} is absent.`);
    return;
  }
  const lines: string[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').trim().split('\n')) {
    const doc = JSON.parse(line) as { id: string; title: string; body: string };
    const paragraphs = doc.body.split(/\n\s*\n/u).map((t) => t.trim()).filter(Boolean).map((text, i) => ({ id: `p${i + 1}`, text }));
    const r = enrichDocument({ title: doc.title, published: '2005-03-15', paragraphs });
    for (const e of r.entities) lines.push(`${doc.id}\t${e.type}\t${e.name}`);
  }
  process.stdout.write(`${lines.sort().join('\n')}\n`);
}

main();
