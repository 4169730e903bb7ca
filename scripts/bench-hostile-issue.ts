/**
 * `npm run bench:hostile -- --issue`: the exact files issue 16 lists, each timed through the
 * pipeline in this process, then all five together through the build's worker pool (two
 * workers, as a build on this machine uses), beside the issue's own "before" figures.
 */
import { processDocument } from '../src/core/corpus/process-document';
import type { RawDocument, SourceFormat } from '../src/core/corpus/raw-document';
import { processInWorkers } from '../src/core/corpus/worker-pool';

const page = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;
/** '“He said ' repeated until the file is `bytes` long in UTF-8 (the curly quote is 3 bytes). */
const openQuotes = (bytes: number) => '“He said '.repeat(Math.round(bytes / Buffer.byteLength('“He said ')));

interface IssueFile {
  name: string;
  format: SourceFormat;
  content: string;
  /** What the issue measured before the fixes. */
  before: string;
}

// The nesting files are the issue's sizes: 1,000 unclosed <div>s are 5 KB, 500 <table><tr><td> 7.6 KB.
const FILES: IssueFile[] = [
  { name: '1,000 nested <div>', format: 'html', content: page(`${'<div>'.repeat(1_000)}Deep text here.`), before: '14.6 s' },
  { name: '2,000 nested <div>', format: 'html', content: page(`${'<div>'.repeat(2_000)}Deep text here.`), before: '> 40 s' },
  { name: '500 nested tables', format: 'html', content: page(`${'<table><tr><td>'.repeat(500)}cell`), before: '11 s' },
  { name: '100,000 dots', format: 'text', content: '.'.repeat(100_000), before: '12–15 s' },
  { name: '“He said ” to 320 KB', format: 'text', content: openQuotes(320_000), before: '15.5 s' },
];

const raw = (f: IssueFile, i: number): RawDocument => ({ id: `issue-${i}`, format: f.format, content: f.content, meta: {}, file: `issue-${i}` });
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const secs = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);

export async function benchIssueShapes(): Promise<void> {
  processDocument(raw({ ...FILES[4]!, content: 'Warm up. He said so.' }, 99));
  console.log('| file | size | before (issue 16) | today | outcome |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  FILES.forEach((f, i) => {
    const started = performance.now();
    let outcome: string;
    try {
      outcome = `${processDocument(raw(f, i)).paragraphs.length} paragraphs`;
    } catch (error) {
      outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
    }
    const ms = performance.now() - started;
    console.log(`| ${f.name} | ${kb(Buffer.byteLength(f.content))} | ${f.before} | ${secs(ms)} | ${outcome} |`);
  });
  const total = FILES.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const started = performance.now();
  const outcomes = await processInWorkers(FILES.map(raw), 2, () => {});
  const ms = performance.now() - started;
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`| the five files together, 2 workers (a build) | ${kb(total)} | 158 s (five files, 420 KB) | ${secs(ms)} | ${outcomes.length - failed} processed, ${failed} failed |`);
}
