/**
 * The long hostile-input soak (issue 16): the checks `npm test` runs a few hundred times,
 * run thousands of times, then the SIGKILL test with many more kills.
 *   npm run soak -- [--scale <n>] [--seed <n>]
 * Prints one line per check (count, problems, seed) and exits non-zero if any found one.
 * Replay a failure with HOSTILE_SEED=<seed>. Runs niced: it is long on purpose.
 */
import { spawnSync } from 'node:child_process';
import { checkCorpusFiles, checkDamage, checkExportLinks, checkImportFiles, checkIpcPayloads, type CheckReport } from '../tests/hostile/checks';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const scale = arg('--scale', 1);
const seed = arg('--seed', Number(process.env.HOSTILE_SEED) || Date.now() % 2_147_483_647);

const runs: [string, () => Promise<CheckReport> | CheckReport][] = [
  ['IPC payloads', () => checkIpcPayloads(20_000 * scale, seed)],
  ['import files', () => checkImportFiles(3_000 * scale, seed)],
  ['corpus files', () => checkCorpusFiles(1_000 * scale, seed, 4_000, 20_000)],
  ['damage cases', () => checkDamage(200 * scale, seed)],
  ['exported note links', () => checkExportLinks(40_000 * scale, seed)],
];

let failed = false;
for (const [name, run] of runs) {
  const started = performance.now();
  const report = await run();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[soak] ${name}: ${report.count} run, ${report.problems.length} problems${report.detail ? `, ${report.detail}` : ''} (seed ${seed}, ${seconds} s)`);
  for (const p of report.problems.slice(0, 10)) console.log(`  ${p}`);
  failed ||= report.problems.length > 0;
}

const kills = 300 * scale;
console.log(`[soak] SIGKILL test with ${kills} kills…`);
const crash = spawnSync('npx', ['vitest', 'run', 'tests/unit/core/annotations/crash.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CRASH_CYCLES: String(kills), HOSTILE_SEED: String(seed % 1_000_000) },
});
failed ||= crash.status !== 0;
process.exit(failed ? 1 : 0);
