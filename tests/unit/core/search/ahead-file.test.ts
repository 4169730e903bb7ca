import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AHEAD_FILE, decodeAhead, encodeAhead, RANKING_VERSION } from '../../../../src/core/search/ahead-file';
import type { AheadResult } from '../../../../src/core/search/ranked-ahead';
import { SearchEngine } from '../../../../src/core/search/engine';
import { buildIndexData } from '../../../../src/core/search/index-data';
import { INDEX_FILE, loadIndexFile, writeIndexFile } from '../../../../src/core/search/index-file';
import { writeRankedAhead } from '../../../../src/core/search/write-index';
import { commonWordsCorpus, doc } from './fixtures';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A corpus build folder: the index file and the results ranked ahead beside it. */
function built(docs = commonWordsCorpus(2500)): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ahead-'));
  dirs.push(dir);
  const data = buildIndexData(docs);
  writeIndexFile(join(dir, INDEX_FILE), data);
  writeRankedAhead(dir, data);
  return dir;
}

/** The engine as the search worker makes it from a build folder, warmed. */
function loaded(dir: string, useFile = true): SearchEngine {
  const engine = new SearchEngine(loadIndexFile(join(dir, INDEX_FILE)));
  if (useFile) engine.useAheadFile(join(dir, AHEAD_FILE));
  engine.warm();
  return engine;
}

const QUERIES: [string, boolean][] = [
  ['market', false], ['markets', false], ['korea', false], ['Korean', false], ['election', false],
  ['m', true], ['ma', true], ['mar', true], ['mark', true], ['k', true], ['e', true],
  ['mark*', false], ['mus*', false], ['body:market', false], ['title:korea', false], ['markwt~1', false], ['elektion~1', false],
  ['zeppelin', false], ['market korea', false], ['+market -korea', false],
];

describe('results ranked ahead, kept beside the index', () => {
  const dir = built();
  const fromFile = loaded(dir);
  const ranked = loaded(dir, false); // ranks ahead itself, as without the file
  const full = new SearchEngine(loadIndexFile(join(dir, INDEX_FILE))); // never warmed: every query ranked in full

  it('are read instead of ranked again, for every query ranked in the build', () => {
    expect(fromFile.rankedAheadFromFile).toBe(true);
    expect(fromFile.aheadFileProblem).toBeNull();
    expect(ranked.rankedAheadFromFile).toBe(false);
    expect(fromFile.rankedAhead).toBe(ranked.rankedAhead);
    expect(fromFile.rankedAhead).toBeGreaterThan(QUERIES.length);
  });

  it('give exactly the results, scores, totals and copies of ranking in full', () => {
    let copies = 0;
    for (const [q, typing] of QUERIES) {
      for (const [limit, offset] of [[1, 0], [20, 0], [100, 0], [20, 20], [20, 100]] as const) {
        const a = fromFile.search(q, limit, offset, { typing });
        expect(a, `${q} ${typing} ${limit}+${offset}`).toEqual(full.search(q, limit, offset, { typing }));
        copies += a.results.filter((r) => r.copies.length > 0).length;
      }
    }
    expect(copies).toBeGreaterThan(0);
  });

  it('are not used for another index: warm-up ranks ahead itself and the results stay right', () => {
    const other = built(commonWordsCorpus(2400));
    // The first corpus's results beside the second corpus's index, as after a rebuild that failed half-way.
    writeFileSync(join(other, AHEAD_FILE), readFileSync(join(dir, AHEAD_FILE)));
    const engine = loaded(other);
    expect(engine.rankedAheadFromFile).toBe(false);
    expect(engine.aheadFileProblem).toBe('ranked for another index');
    expect(engine.rankedAhead).toBeGreaterThan(0);
    const fresh = new SearchEngine(loadIndexFile(join(other, INDEX_FILE)));
    for (const [q, typing] of QUERIES) expect(engine.search(q, 20, 0, { typing }), q).toEqual(fresh.search(q, 20, 0, { typing }));
  });

  it('are not used when missing, damaged, truncated or ranked by another version, and nothing throws', () => {
    const bytes = readFileSync(join(dir, AHEAD_FILE));
    const header = (b: Buffer) => JSON.parse(b.subarray(12, 12 + b.readUInt32LE(8)).toString('utf8')) as { ranking: number };
    const older = Buffer.from(bytes);
    const text = older.subarray(12, 12 + older.readUInt32LE(8)).toString('utf8').replace(`"ranking":${RANKING_VERSION}`, `"ranking":${RANKING_VERSION + 1}`.slice(0, `"ranking":${RANKING_VERSION}`.length));
    older.write(text, 12, 'utf8');
    expect(header(older).ranking).not.toBe(RANKING_VERSION);
    const flipped = Buffer.from(bytes);
    // A slot of the plan keys' hash table pointing past the keys.
    flipped.writeUInt32LE(0xffffffff, bytes.length - 4);
    const cases: [string, Buffer | null, string][] = [
      ['missing', null, 'there is none'],
      ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), 'truncated'],
      ['not ours', Buffer.from('not a file of results at all'), 'not a file of results ranked ahead'],
      ['another version', older, 'ranked by another version of Dossier'],
      ['damaged', flipped, 'damaged'],
    ];
    for (const [what, content, problem] of cases) {
      const copy = mkdtempSync(join(tmpdir(), 'dossier-ahead-'));
      dirs.push(copy);
      writeFileSync(join(copy, INDEX_FILE), readFileSync(join(dir, INDEX_FILE)));
      if (content) writeFileSync(join(copy, AHEAD_FILE), content);
      const engine = loaded(copy);
      expect(engine.rankedAheadFromFile, what).toBe(false);
      expect(engine.aheadFileProblem, what).toContain(problem);
      expect(engine.rankedAhead, what).toBe(ranked.rankedAhead);
      expect(engine.search('market'), what).toEqual(full.search('market'));
    }
  });

  it('are not used beside an index file that has no content hash (written before it had one)', () => {
    const data = buildIndexData(commonWordsCorpus(300));
    delete data.contentHash;
    const engine = new SearchEngine(data);
    engine.useAheadFile(join(dir, AHEAD_FILE));
    engine.warm();
    expect(engine.rankedAheadFromFile).toBe(false);
    expect(engine.aheadFileProblem).toBe('the index file has no content hash');
  });
});

describe('encodeAhead / decodeAhead', () => {
  it('keep every key, result, score and copy list, sharing results between keys', () => {
    const a: AheadResult = { ranked: Int32Array.from([3, 1, 2]), scores: Float64Array.from([2.5, 1.25, 1 / 3]), total: 7, copies: new Map([[1, [4, 5]]]) };
    const b: AheadResult = { ranked: Int32Array.from([0]), scores: Float64Array.from([0.1]), total: 1, copies: null };
    const byPlan = new Map<string, AheadResult>([['exact\u0000korea\u0001', a], ['prefix\u0000kor\u0001', a], ['exact\u0000日本\u0001', b]]);
    const byTerms = new Map<string, AheadResult>([['0,1:1:42', a]]);
    const parts = [...encodeAhead({ byPlan, byTerms }, 'f'.repeat(64))];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.byteLength;
    }
    const lookup = decodeAhead(bytes, 'f'.repeat(64), 6);
    expect(lookup.size).toBe(3);
    for (const [key, r] of byPlan) {
      const got = lookup.plan(key)!;
      expect(Array.from(got.ranked)).toEqual(Array.from(r.ranked));
      expect(Array.from(got.scores)).toEqual(Array.from(r.scores));
      expect(got.total).toBe(r.total);
      expect(got.copies).toEqual(r.copies);
    }
    expect(lookup.plan('exact\u0000korea\u0001')).toBe(lookup.plan('prefix\u0000kor\u0001'));
    expect(lookup.terms('0,1:1:42')).toBe(lookup.plan('exact\u0000korea\u0001'));
    expect(lookup.plan('exact\u0000kore\u0001')).toBeUndefined();
    expect(lookup.terms('exact\u0000korea\u0001')).toBeUndefined();
    // Misaligned bytes (a view into a larger buffer) are read too.
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(Array.from(decodeAhead(shifted.subarray(3), 'f'.repeat(64), 6).plan('exact\u0000日本\u0001')!.ranked)).toEqual([0]);
    expect(() => decodeAhead(bytes, 'e'.repeat(64), 6)).toThrow('ranked for another index');
    // Document 5 is a copy in a result: an index of five documents has no such document.
    expect(() => decodeAhead(bytes, 'f'.repeat(64), 5)).toThrow('damaged (document numbers)');
    expect(() => decodeAhead(bytes, 'f'.repeat(64), 4)).toThrow('damaged (document numbers)');
  });

  it('keep nothing for an index with no heavy query', () => {
    const dir = built([doc('a', 'Harbour dues', ['Harbour dues at Leith rise by a tenth.'])]);
    const engine = loaded(dir);
    expect(engine.rankedAheadFromFile).toBe(true);
    expect(engine.rankedAhead).toBe(0);
    expect(engine.search('harbour').total).toBe(1);
  });
});

describe('RANKING_VERSION', () => {
  /**
   * Scores the file's results were ranked with. When a change to scoring, word forms or query
   * parsing moves these, results ranked by the older code must not be served: bump
   * RANKING_VERSION in ahead-file.ts, then update the pinned version and scores here.
   */
  it('goes with these scores', () => {
    const engine = new SearchEngine(buildIndexData(commonWordsCorpus(300)));
    const top = (q: string) => engine.search(q, 3).results.map((r) => Math.round(r.score * 1e6) / 1e6);
    const scores = Object.fromEntries(['market', 'korea', 'title:election', 'mark*', 'elektion~1', 'Korean', 'market korea', 'banks^2 museum'].map((q) => [q, top(q)]));
    expect({ version: RANKING_VERSION, scores }).toEqual({
      version: 2,
      scores: {
        market: [1.11, 1.087, 1.076],
        korea: [0.50841, 0.501339, 0.480126],
        'title:election': [0.45, 0.45, 0.45],
        'mark*': [1.11, 1.087, 1.076],
        'elektion~1': [0.763, 0.756, 0.723],
        Korean: [0.50841, 0.501339, 0.480126],
        'market korea': [0.892584, 0.842931, 0.822724],
        'banks^2 museum': [1.47178, 1.385021, 1.376076],
      },
    });
  });
});
