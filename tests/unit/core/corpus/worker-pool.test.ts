import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentWorkerPool, processInWorkers } from '../../../../src/core/corpus/worker-pool';
import type { RawDocument } from '../../../../src/core/corpus/raw-document';

const entry = { path: fileURLToPath(new URL('./fixtures/misbehaving-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
const raw = (id: string, content: string): RawDocument => ({ id, format: 'text', content, meta: {}, file: `${id}.txt` });
const ok = (id: string) => raw(id, `Title ${id}\n\nA paragraph about ${id} that is long enough to keep.\n`);

describe('DocumentWorkerPool', () => {
  it('fails a document that exceeds the time limit, replaces its worker and goes on', async () => {
    const pool = new DocumentWorkerPool({ workerCount: 1, timeLimitMs: 1500, entry });
    try {
      const outcomes = await Promise.all([pool.process(ok('a')), pool.process(raw('slow', 'hang')), pool.process(ok('b'))]);
      expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
      expect(outcomes[1]).toEqual({ ok: false, message: 'Took longer than 1.5 s to process (the per-document time limit); stopped.' });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a crashing worker fails only the document it was on', async () => {
    const outcomes = await processInWorkers([ok('a'), raw('bad', 'crash'), ok('b'), ok('c')], 2, () => {}, { entry });
    expect(outcomes.map((o) => (o.ok ? o.doc.id : o.message))).toEqual(['a', 'The processing worker crashed on this file (exit code 3).', 'b', 'c']);
  }, 60_000);

  it('interrupt stops the document in progress with the given message', async () => {
    const pool = new DocumentWorkerPool({ workerCount: 1, entry });
    try {
      const slow = pool.process(raw('slow', 'hang'));
      const next = pool.process(ok('after'));
      await new Promise((r) => setTimeout(r, 300));
      pool.interrupt('Cancelled.');
      expect(await slow).toEqual({ ok: false, message: 'Cancelled.' });
      expect((await next).ok).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
