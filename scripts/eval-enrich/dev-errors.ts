/**
 * Entity errors on the DEV split only (never the held-out one), document level, by category:
 *   npx tsx scripts/eval-enrich/dev-errors.ts [--list] [--set=gum|wikigold]
 * Per type: false positives split into "wrong type" (gold has the name as another type),
 * "partial" (a longer or shorter gold name shares a word) and "spurious"; misses split into
 * "typed otherwise", "partial" and "not found". --list prints each error name (to read, not to
 * copy anywhere: the text is not the project's).
 */
import type { EntityType } from '../../src/shared/corpus';
import { enrichDocument } from '../../src/core/corpus/enrich';
import { nameSets, sharedName } from './name-sets';
import { TYPES } from './score-entities';
import { gumDocs, hasTrainingData, wikigoldDocsOf } from './splits';

type Category = 'wrong-type' | 'partial' | 'spurious' | 'typed-otherwise' | 'not-found';

function main(): void {
  if (!hasTrainingData()) {
    console.log('dev-errors skipped: ../shared/training-data is absent.');
    return;
  }
  const list = process.argv.includes('--list');
  const set = process.argv.find((a) => a.startsWith('--set='))?.slice(6);
  const docs = [...(set === 'wikigold' ? [] : gumDocs('dev')), ...(set === 'gum' ? [] : wikigoldDocsOf('dev'))];
  const counts = new Map<string, number>();
  const examples = new Map<string, string[]>();
  const add = (type: EntityType, cat: Category, name: string, note = ''): void => {
    const key = `${type} ${cat}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    examples.set(key, [...(examples.get(key) ?? []), note ? `${name} (${note})` : name]);
  };
  for (const doc of docs) {
    const result = enrichDocument({ title: '', published: doc.published, paragraphs: doc.paragraphs });
    const { gold, found } = nameSets(doc, result);
    const shares = sharedName;
    for (const t of TYPES) {
      const g = gold.get(t) as Set<string>;
      const f = found.get(t) as Set<string>;
      for (const name of f) {
        if (g.has(name)) continue;
        const other = TYPES.find((o) => o !== t && gold.get(o)?.has(name));
        if (other) add(t, 'wrong-type', name, `gold ${other}, ${doc.id}`);
        else if (shares(name, g)) add(t, 'partial', name, `gold "${shares(name, g)}", ${doc.id}`);
        else add(t, 'spurious', name, doc.id);
      }
      for (const name of g) {
        if (f.has(name)) continue;
        const other = TYPES.find((o) => o !== t && found.get(o)?.has(name));
        if (other) add(t, 'typed-otherwise', name, `found ${other}, ${doc.id}`);
        else if (shares(name, f)) add(t, 'partial', `${name}`, `found "${shares(name, f)}", ${doc.id}`);
        else add(t, 'not-found', name, doc.id);
      }
    }
  }
  for (const key of [...counts.keys()].sort()) {
    console.log(`${key.padEnd(28)} ${counts.get(key)}`);
    if (list) for (const e of examples.get(key) ?? []) console.log(`    ${e}`);
  }
}

main();
