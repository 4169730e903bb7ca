/**
 * Time of the corpus pipeline (clean + segment + enrich, one document, in this process) on
 * hostile shapes at growing sizes (issue 16): each should grow about linearly.
 *   npm run bench:hostile -- [--budget <ms>]
 *   npm run bench:hostile -- --issue    (the issue's exact files, its "before" figures beside today's)
 * A shape stops growing once one size takes longer than the budget (default 20 s), so a
 * super-linear stage shows as a row marked "> budget" instead of hanging the bench.
 */
import { processDocument } from '../src/core/corpus/process-document';
import type { RawDocument, SourceFormat } from '../src/core/corpus/raw-document';
import { HOSTILE_SHAPES } from '../tests/hostile/corpus-files';
import { benchIssueShapes } from './bench-hostile-issue';

if (process.argv.includes('--issue')) {
  await benchIssueShapes();
  process.exit(0);
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const budget = arg('--budget', 20_000);
const sizes = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];

function run(format: SourceFormat, content: string): { ms: number; outcome: string } {
  const raw: RawDocument = { id: 'hostile', format, content, meta: {}, file: 'hostile' };
  const started = performance.now();
  let outcome = 'ok';
  try {
    const doc = processDocument(raw);
    outcome = `${doc.paragraphs.length} para`;
  } catch (error) {
    outcome = `error: ${(error instanceof Error ? error.message : String(error)).slice(0, 50)}`;
  }
  return { ms: performance.now() - started, outcome };
}

console.log('shape'.padEnd(26), 'n'.padStart(7), 'bytes'.padStart(9), 'ms'.padStart(9), 'µs/byte'.padStart(8), ' outcome');
for (const shape of HOSTILE_SHAPES) {
  run(shape.format, shape.make(50)); // warm-up
  for (const n of sizes.map((s) => Math.round(s * shape.scale))) {
    const content = shape.make(n);
    const { ms, outcome } = run(shape.format, content);
    console.log(
      shape.name.padEnd(26),
      String(n).padStart(7),
      String(content.length).padStart(9),
      ms.toFixed(0).padStart(9),
      ((ms * 1000) / content.length).toFixed(1).padStart(8),
      ` ${outcome}`,
    );
    if (ms > budget) {
      console.log(`${shape.name.padEnd(26)} > budget (${budget} ms): larger sizes skipped`);
      break;
    }
  }
}
