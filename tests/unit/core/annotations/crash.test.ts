import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './fixtures/seed';

/**
 * Kills a process that is busy changing annotations with SIGKILL, 100+ times at random
 * moments, and checks after each kill that every change it reported as committed is in
 * the database and that the file is intact. Only the one change in flight at the kill
 * may go either way.
 */
const CYCLES = 110;
const childSource = join(import.meta.dirname, 'fixtures/crash-child.ts');
/**
 * The TypeScript child is bundled once with esbuild rather than run under `--import tsx`
 * each cycle: tsx start-up (~0.4 s on a loaded 2-core box) × 110 restarts alone would blow
 * the test's time budget; the bundle starts in ~80 ms and runs the same store code.
 */
let childScript = '';
const noteHash = (note: string) => createHash('sha256').update(note).digest('hex').slice(0, 16);

type Expected = { modified: string; hash: string };

interface CycleOutput {
  ready: boolean;
  recovered: string[];
  ops: { op: string; id: string; modified: string; hash: string }[];
  inFlight: { op: string; id: string } | null;
}

function runCycle(dbPath: string, seed: number, killAfterMs: number): Promise<CycleOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-warnings', childScript, dbPath, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: CycleOutput = { ready: false, recovered: [], ops: [], inFlight: null };
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, op = '', id = '', modified = '', hash = ''] = line.split(' ');
        if (kind === 'READY' && !out.ready) {
          out.ready = true;
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        } else if (kind === 'RECOVERED') out.recovered.push(op);
        else if (kind === 'BEGIN') out.inFlight = { op, id };
        else if (kind === 'OK') {
          out.ops.push({ op, id, modified, hash });
          out.inFlight = null;
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (code ${code}): ${stderr.slice(-2000)}`));
      else resolve(out);
    });
  });
}

function readDatabase(dbPath: string): { integrity: string; rows: Map<string, Expected> } {
  const db = new DatabaseSync(dbPath);
  try {
    const integrity = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const rows = new Map<string, Expected>();
    for (const r of db.prepare('SELECT id, modified, note FROM annotations').all() as { id: string; modified: string; note: string }[]) {
      rows.set(r.id, { modified: r.modified, hash: noteHash(r.note) });
    }
    return { integrity, rows };
  } finally {
    db.close();
  }
}

const dirs: { cleanup(): void }[] = [];
beforeAll(() => {
  const t = tempDir('dossier-crash-child-');
  dirs.push(t);
  childScript = join(t.dir, 'crash-child.mjs');
  buildSync({ entryPoints: [childSource], bundle: true, platform: 'node', format: 'esm', target: 'node22', outfile: childScript, logLevel: 'warning' });
});
afterAll(() => dirs.forEach((d) => d.cleanup()));

describe('annotations survive SIGKILL at random moments', () => {
  it(`keeps every reported commit and an intact file over ${CYCLES} kills`, { timeout: 180_000 }, async () => {
    const t = tempDir('dossier-crash-');
    dirs.push(t);
    const dbPath = join(t.dir, 'annotations.sqlite');
    const seed = Date.now() % 1_000_000;
    let rng = seed;
    const random = () => ((rng = (rng * 1103515245 + 12345) % 2147483648) / 2147483648);
    const model = new Map<string, Expected>();
    let committed = 0;
    let killedMidChange = 0;
    const started = Date.now();

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const killAfter = 20 + Math.floor(random() * 181);
      const out = await runCycle(dbPath, seed * 1000 + cycle, killAfter);
      const context = `seed ${seed}, cycle ${cycle}, killed after ${killAfter} ms`;
      expect(out.ready, context).toBe(true);
      expect(out.recovered, context).toEqual([]);

      for (const op of out.ops) {
        if (op.op === 'delete') model.delete(op.id);
        else model.set(op.id, { modified: op.modified, hash: op.hash });
      }
      committed += out.ops.length;
      if (out.inFlight) killedMidChange++;

      const { integrity, rows } = readDatabase(dbPath);
      expect(integrity, context).toBe('ok');
      const inFlightId = out.inFlight?.id;
      for (const [id, expected] of model) {
        if (id === inFlightId) continue;
        expect(rows.get(id), `${context}: committed change to ${id}`).toEqual(expected);
      }
      const extra = [...rows.keys()].filter((id) => !model.has(id) && id !== inFlightId);
      // A create in flight may have committed under an id the parent never saw.
      if (out.inFlight?.op === 'create') expect(extra.length, context).toBeLessThanOrEqual(1);
      else expect(extra, `${context}: rows that were deleted or never reported`).toEqual([]);
      // Adopt whatever the in-flight change left (committed or not) as the new truth.
      if (inFlightId && inFlightId !== '-') {
        const row = rows.get(inFlightId);
        if (row) model.set(inFlightId, row);
        else model.delete(inFlightId);
      }
      for (const id of extra) model.set(id, rows.get(id) as Expected);
    }

    const seconds = (Date.now() - started) / 1000;
    console.log(
      `[crash] seed ${seed}: ${CYCLES} SIGKILLs (${killedMidChange} mid-change), ${committed} committed changes verified, ` +
        `${model.size} annotations at the end, ${seconds.toFixed(1)} s`,
    );
    expect(committed).toBeGreaterThan(CYCLES);
    expect(readdirSync(t.dir).filter((f) => f.includes('corrupt'))).toEqual([]);
  });
});
