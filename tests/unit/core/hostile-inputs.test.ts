import { describe, expect, it } from 'vitest';
import { checkCorpusFiles, checkDamage, checkImportFiles, checkIpcPayloads } from '../../hostile/checks';
import { runSeed } from '../../hostile/random';

/**
 * Bounded hostile-input properties (issue 16), a few seconds in all; `npm run soak` runs the
 * same checks far longer. A failure prints its seed: HOSTILE_SEED=<seed> replays it.
 */
const seed = runSeed();

describe(`hostile inputs (seed ${seed})`, () => {
  it('IPC payloads: no internal error, no prototype pollution, only valid annotations stored', async () => {
    const report = await checkIpcPayloads(400, seed);
    expect(report.problems).toEqual([]);
  });

  it('import files: refused clearly or imported exactly; the user’s own notes untouched', async () => {
    expect((await checkImportFiles(120, seed)).problems).toEqual([]);
  });

  // The time bound only catches a hang (speed is measured by `npm run bench:hostile`).
  it('corpus files: paragraphs or a sentence, never a raw exception or a hang', { timeout: 120_000 }, () => {
    expect(checkCorpusFiles(40, seed, 400, 60_000).problems).toEqual([]);
  });

  it('database damage: the store always opens, and lost annotations are never silent', { timeout: 60_000 }, () => {
    expect(checkDamage(12, seed).problems).toEqual([]);
  });
});
