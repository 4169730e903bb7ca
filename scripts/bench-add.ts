/**
 * Add-documents throughput: `npm run bench:add [-- --per-format=40]`. Writes files of every
 * format from BBC articles in ../shared/corpora (never copied into the repo; generated into a
 * temporary folder), adds each format's batch through the real queue and worker (extract,
 * clean, segment, enrich, store, index) and prints documents per second per format.
 * `-- --folder=5000`: instead, one folder of that many files on disk (txt, md, html and eml in
 * turn, with empty files, files that are not documents and exact copies mixed in), added as the
 * desktop dialog adds a folder; prints the time, the outcome counts and what the progress events
 * cost (issue 11: "a folder with 5,000 files").
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLibraryService } from '../src/core/library/library-service';
import { UserLibrary } from '../src/core/library/user-library';
import type { AddFileInput } from '../src/shared/api/add-documents';
import { makeDocx, makeEml, makePdf } from '../tests/unit/core/corpus/formats/make-files';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const perFormat = Number(arg('per-format', '40'));
const corpusPath = resolve(import.meta.dirname, '..', arg('corpus', '../shared/corpora/bbc-news-2225.jsonl'));
if (!existsSync(corpusPath)) {
  console.log(`bench:add skipped: ${corpusPath} is absent (it needs ../shared/corpora).`);
  process.exit(0);
}
interface Row { title: string; body: string }
const rows = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
const paragraphsOf = (r: Row) => r.body.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
/** PDF lines of at most ~90 characters, as a typeset page would have. */
const wrap = (p: string) => p.match(/.{1,90}(?:\s|$)/gu)?.map((l) => l.trim()) ?? [p];
const MAKERS: Record<string, (r: Row) => Uint8Array | string> = {
  txt: (r) => `${r.title}\n\n${r.body}`,
  md: (r) => `# ${r.title}\n\n${r.body}`,
  html: (r) => `<html><head><title>${escape(r.title)}</title></head><body><article><h1>${escape(r.title)}</h1>${paragraphsOf(r).map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`,
  pdf: (r) => makePdf([paragraphsOf(r).map(wrap)], { title: r.title }),
  docx: (r) => makeDocx([r.title, ...paragraphsOf(r)], { title: r.title }),
  eml: (r) => makeEml({ subject: r.title, from: 'Desk <desk@example.org>', date: 'Tue, 5 Mar 2024 10:00:00 +0000', body: r.body.replace(/\n/gu, '\r\n') }),
};

/** Copy k of an article: a different title and last line, so its text is new to the library. */
const variant = (r: Row, k: number): Row => (k === 0 ? r : { title: `${r.title} (${k + 1})`, body: `${r.body}\n\nFiled again as copy ${k + 1}.` });

async function benchFolder(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-folder-'));
  const folder = join(dir, 'reports');
  mkdirSync(folder);
  const formats = ['txt', 'md', 'html', 'eml'] as const;
  for (let i = 0; i < n; i++) {
    const name = `file-${String(i).padStart(5, '0')}`;
    if (i % 50 === 7) writeFileSync(join(folder, `${name}.jpg`), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    else if (i % 25 === 3) writeFileSync(join(folder, `${name}.txt`), '');
    else if (i % 20 === 11) writeFileSync(join(folder, `${name}.txt`), MAKERS.txt!(rows[0]!) as string); // an exact copy
    else {
      const ext = formats[i % formats.length]!;
      writeFileSync(join(folder, `${name}.${ext}`), MAKERS[ext]!(variant(rows[i % rows.length]!, Math.floor(i / rows.length))));
    }
  }
  const library = new UserLibrary(join(dir, 'library'));
  let events = 0;
  let eventBytes = 0;
  let largest = 0;
  const service = createLibraryService({
    library,
    search: { updateUserDocuments: () => {} },
    annotations: { list: () => [] },
    changed: (status) => {
      const bytes = Buffer.byteLength(JSON.stringify(status));
      events++;
      eventBytes += bytes;
      largest = Math.max(largest, bytes);
    },
  });
  try {
    const t = performance.now();
    service.addPaths([folder], { keepCopies: true });
    await service.queue.whenIdle();
    const ms = performance.now() - t;
    const status = service.queue.status();
    const count = (o: string) => status.results.filter((r) => r.outcome === o).length;
    console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores; one folder of ${n} files added as a folder (paths), through the queue and its workers`);
    console.log(`${status.done} of ${status.total} files in ${(ms / 1000).toFixed(1)} s (${(status.done / (ms / 1000)).toFixed(1)} files/s): ${count('added')} added, ${count('skipped')} skipped, ${count('failed')} failed`);
    console.log(`summary: ${status.summary}`);
    console.log(`progress events: ${events}, ${(eventBytes / 1e6).toFixed(2)} MB in all, largest ${(largest / 1e3).toFixed(1)} KB (the last, with every result); peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const folderSize = Number(arg('folder', '0'));
if (folderSize > 0) {
  await benchFolder(folderSize);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-add-'));
const library = new UserLibrary(join(dir, 'library'));
const service = createLibraryService({ library, search: { updateUserDocuments: () => {} }, annotations: { list: () => [] } });
const results: { format: string; docs: number; ms: number; failed: number }[] = [];
let offset = 0;
try {
  // Warm-up: the worker starts (and loads the pipeline) before anything is timed.
  const warm = Buffer.from('Warm-up\n\nA short note to start the worker before timing.\n');
  service.addFiles([{ name: 'warm-up.txt', size: warm.length, dataBase64: warm.toString('base64') }], { keepCopies: true });
  await service.queue.whenIdle();
  for (const [ext, make] of Object.entries(MAKERS)) {
    const files: AddFileInput[] = rows.slice(offset, offset + perFormat).map((r, i) => {
      const bytes = Buffer.from(make(r) as Uint8Array);
      return { name: `${ext}-${i}.${ext}`, size: bytes.length, dataBase64: bytes.toString('base64') };
    });
    offset += perFormat;
    const t = performance.now();
    service.addFiles(files, { keepCopies: true });
    await service.queue.whenIdle();
    const ms = performance.now() - t;
    const status = service.queue.status();
    results.push({ format: ext, docs: status.results.filter((r) => r.outcome === 'added').length, ms, failed: status.results.filter((r) => r.outcome !== 'added').length });
    process.stderr.write(`${ext}: ${status.summary}\n`);
  }
} finally {
  await service.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores; ${perFormat} BBC articles per format, through the queue and its worker (worker started before timing)`);
console.log(['format', 'added', 'not added', 'seconds', 'docs/s'].map((s) => s.padStart(11)).join(''));
for (const r of results) console.log([r.format, r.docs, r.failed, (r.ms / 1000).toFixed(2), (r.docs / (r.ms / 1000)).toFixed(1)].map((c) => String(c).padStart(11)).join(''));
process.exit(0);
