import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../../../src/core/corpus/failure-message';
import type { RawDocument } from '../../../../src/core/corpus/raw-document';
import { DocumentWorkerPool, ocrTimeLimitMessage, processInWorkers, timeLimitMessage } from '../../../../src/core/corpus/worker-pool';
import { HOSTILE_SHAPES } from '../../../hostile/corpus-files';

const raw = (id: string, content: string, format: RawDocument['format'] = 'text'): RawDocument => ({
  id,
  format,
  content,
  meta: {},
  file: `${id}.txt`,
});
const article = 'Russia and North Korea have dismissed the reports as groundless, officials said on Monday.';

describe('the per-document time limit in the corpus workers', () => {
  it('stops a document that never finishes, fails it alone with a clear message, and processes the rest', { timeout: 60_000 }, async () => {
    const raws = [raw('a', article), raw('stuck', 'STALL'), raw('b', article), raw('c', article), raw('d', article)];
    const started = Date.now();
    const outcomes = await processInWorkers(raws, 1, () => {}, {
      documentTimeLimitMs: 1500,
      workerModule: new URL('./fixtures/stalling-worker.ts', import.meta.url),
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true, true]);
    expect(outcomes[1]).toEqual({ ok: false, message: timeLimitMessage(1500) });
    expect(timeLimitMessage(1500)).toMatch(/took longer than 2 s.*stopped.*other files were not affected/u);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('the time limit for documents read by OCR', () => {
  const workerModule = new URL('./fixtures/stalling-worker.ts', import.meta.url);

  it('gives each scanned page its own limit, reports the pages, and stops a page that never ends', { timeout: 60_000 }, async () => {
    const pool = new DocumentWorkerPool({ workerCount: 1, workerModule, documentTimeLimitMs: 1000, ocrPageTimeLimitMs: 1500 });
    try {
      const pages: string[] = [];
      // 3 pages of 700 ms: past the document's 1 s, each page well inside its 1.5 s.
      const slow = await pool.process(raw('scan', 'OCR 3 700'), (page, of) => pages.push(`${page}/${of}`));
      expect(slow.ok).toBe(true);
      expect(pages).toEqual(['1/3', '2/3', '3/3']);
      expect(await pool.process(raw('stuck', 'OCR 2 -1'))).toEqual({ ok: false, message: ocrTimeLimitMessage(1500, 1) });
      expect((await pool.process(raw('after', article))).ok).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('the worker pool the add-documents queue keeps', () => {
  const workerModule = new URL('./fixtures/stalling-worker.ts', import.meta.url);

  it('a crashing worker fails only the document it was on; the others are handed to a new worker', { timeout: 60_000 }, async () => {
    const outcomes = await processInWorkers([raw('a', article), raw('bad', 'CRASH'), raw('b', article), raw('c', article)], 2, () => {}, { workerModule });
    expect(outcomes.map((o) => (o.ok ? o.doc.id : o.message))).toEqual(['a', 'The processing worker crashed on this file (exit code 3).', 'b', 'c']);
  });

  it('interrupt stops the document in progress with the given message; queued ones still run', { timeout: 60_000 }, async () => {
    const pool = new DocumentWorkerPool({ workerCount: 1, workerModule });
    try {
      const stuck = pool.process(raw('stuck', 'STALL'));
      const next = pool.process(raw('after', article));
      await new Promise((r) => setTimeout(r, 300));
      pool.interrupt('Cancelled.');
      expect(await stuck).toEqual({ ok: false, message: 'Cancelled.' });
      expect((await next).ok).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('hostile corpus files in the real workers', () => {
  // Sizes that took seconds to minutes before cleaning was bounded; speed itself is measured by
  // `npm run bench:hostile`, so the limit here only catches a hang, even on a loaded machine.
  it('each finishes with its paragraphs or a sentence, never a raw exception', { timeout: 180_000 }, async () => {
    const raws = HOSTILE_SHAPES.map((s, i) => raw(`h${i}`, s.make(Math.round(1000 * s.scale)), s.format));
    const outcomes = await processInWorkers(raws, 2, () => {}, { documentTimeLimitMs: 120_000 });
    outcomes.forEach((o, i) => {
      const name = HOSTILE_SHAPES[i]?.name;
      if (!o.ok) {
        expect(o.message, name).not.toMatch(/took longer/u);
        expect(o.message, name).not.toMatch(/Cannot destructure|call stack|undefined|TypeError/u);
      }
    });
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(HOSTILE_SHAPES.length - 3);
  });
});

describe('failure messages', () => {
  it('turns a stack overflow and a bug into sentences', () => {
    expect(failureMessage(new RangeError('Maximum call stack size exceeded'))).toMatch(/nested too deeply/u);
    expect(failureMessage(new TypeError("Cannot destructure property 'firstElementChild' of 'x' as it is null."))).toMatch(
      /^Dossier could not process this file \(an internal error/u,
    );
  });
});
