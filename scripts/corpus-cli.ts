/**
 * npm run corpus -- build [--in DIR ...] [--out DIR] [--workers N] [--no-cache]
 * npm run corpus -- inspect FILE [--published YYYY-MM-DD] [--json]
 * Exit code 1 when some inputs failed (the rest is still built), 2 on usage errors.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type BuildProgress } from '../src/core/corpus/build-corpus';
import { ocrNote } from '../src/shared/ocr-note';
import { processRawDocument } from '../src/core/corpus/formats/process-raw';
import { readSource } from '../src/core/corpus/read-sources';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage:
  npm run corpus -- build [--in DIR ...] [--out DIR] [--workers N] [--no-cache]
  npm run corpus -- inspect FILE [--published YYYY-MM-DD] [--json]`;

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

function parseFlags(args: string[], multi: Set<string>, booleans: Set<string>) {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const name = a.slice(2);
    if (booleans.has(name)) {
      flags.set(name, ['true']);
      continue;
    }
    const value = args[++i];
    if (value === undefined) usage(`--${name} needs a value.`);
    if (!multi.has(name) && flags.has(name)) usage(`--${name} given twice.`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { flags, positional };
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function progressReporter(started: number) {
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  return (p: BuildProgress) => {
    if (p.phase !== 'process' || p.total === 0) return;
    const now = performance.now();
    const elapsed = (now - started) / 1000;
    const rate = p.done / Math.max(elapsed, 0.001);
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    const text = `${p.done}/${p.total} docs  ${rate.toFixed(0)} docs/s  ETA ${eta.toFixed(0)} s`;
    if (tty) {
      const width = 30;
      const filled = Math.round((p.done / p.total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}   `);
      if (p.done === p.total) process.stderr.write('\n');
    } else if (p.done === p.total || now - lastLine > 2000) {
      lastLine = now;
      process.stderr.write(`${text}\n`);
    }
  };
}

async function build(args: string[]): Promise<number> {
  const { flags, positional } = parseFlags(args, new Set(['in']), new Set(['no-cache']));
  if (positional.length) usage(`Unexpected argument: ${positional[0]}`);
  const inputs = (flags.get('in') ?? [join(repo, 'resources/corpus')]).map((d) => resolve(d));
  for (const dir of inputs) {
    try {
      if (!statSync(dir).isDirectory()) usage(`--in ${dir} is not a folder.`);
    } catch {
      usage(`--in ${dir} does not exist.`);
    }
  }
  const outDir = resolve(flags.get('out')?.[0] ?? join(repo, 'resources/corpus-build'));
  const workers = flags.has('workers') ? Number(flags.get('workers')?.[0]) : undefined;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) usage('--workers takes a whole number.');
  const started = performance.now();
  const result = await buildCorpus({
    inputs,
    outDir,
    cacheDir: flags.has('no-cache') ? null : join(repo, '.cache/corpus'),
    workers,
    onProgress: progressReporter(started),
  });
  for (const f of result.failures) process.stderr.write(`error: ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`);
  const seconds = result.durationMs / 1000;
  const count = result.manifest.documentCount;
  process.stdout.write(
    `Built ${count} documents into ${outDir} in ${seconds.toFixed(2)} s (${(count / Math.max(seconds, 0.001)).toFixed(0)} docs/s; ` +
      `${result.processed} processed, ${result.cached} from cache); ${result.failures.length} failures; ` +
      `documents.jsonl ${size(result.documentsBytes)}, search index ${size(result.indexBytes)}.\n`,
  );
  const ph = result.phasesMs;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  process.stdout.write(`Time: read ${s(ph.read)}, clean+enrich ${s(ph.process)}, search index ${s(ph.index)}, corpus tables ${s(ph.tables)}, write ${s(ph.write)}.\n`);
  return result.failures.length > 0 ? 1 : 0;
}

async function inspect(args: string[]): Promise<number> {
  const { flags, positional } = parseFlags(args, new Set(), new Set(['json']));
  if (positional.length !== 1) usage('inspect takes exactly one FILE.');
  const file = resolve(positional[0] as string);
  const read = readSource(file, positional[0]);
  for (const f of read.failures) process.stderr.write(`error: ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`);
  if (read.documents.length === 0) return 1;
  const published = flags.get('published')?.[0];
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(published)) usage('--published takes YYYY-MM-DD.');
  const docs = [];
  let failed = read.failures.length > 0;
  for (const [i, raw] of read.documents.entries()) {
    const id = read.wantedIds[i] ?? basename(file);
    try {
      const onOcrPage = (page: number, pages: number) => process.stderr.write(`${raw.file}: reading page ${page} of ${pages} by OCR…\n`);
      docs.push(await processRawDocument({ ...raw, id, meta: published ? { ...raw.meta, published } : raw.meta }, undefined, { onOcrPage }));
    } catch (e) {
      failed = true;
      process.stderr.write(`error: ${raw.file}${raw.line ? `:${raw.line}` : ''}: ${(e as Error).message}\n`);
    }
  }
  if (flags.has('json')) {
    // Exactly one JSON object: the document, or for a JSONL file {documents: [...]}.
    process.stdout.write(`${JSON.stringify(docs.length === 1 && read.documents.length === 1 ? docs[0] : { documents: docs }, null, 2)}\n`);
  } else {
    for (const d of docs) {
      process.stdout.write(`${d.title}\n  id ${d.id} · published ${d.published ?? '—'} · source ${d.source ?? '—'} · byline ${d.byline ?? '—'}\n`);
      process.stdout.write(`  ${d.paragraphs.length} paragraphs, ${d.entities.length} entities, ${d.quotes.length} quotes, ${d.figures.length} figures, ${d.events.length} events\n`);
      if (d.ocr) process.stdout.write(`  ${ocrNote(d.ocr)}\n`);
      process.stdout.write('\n');
      for (const p of d.paragraphs) process.stdout.write(`[${p.id}] ${p.text}\n\n`);
    }
  }
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'build') return build(rest);
  if (command === 'inspect') return inspect(rest);
  if (command === undefined || command === '--help' || command === '-h') usage();
  usage(`Unknown command: ${command}`);
}

// `inspect FILE | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`corpus: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
