/**
 * What golden.test.ts does with a golden file. CI (CI=true) never writes one: a missing
 * golden fails there, and UPDATE_GOLDEN is ignored, so CI cannot bless its own output.
 */
export type GoldenAction = 'compare' | 'write' | 'fail-missing';

export function goldenAction(env: { CI?: string; UPDATE_GOLDEN?: string }, exists: boolean): GoldenAction {
  const ci = Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
  if (ci) return exists ? 'compare' : 'fail-missing';
  if (env.UPDATE_GOLDEN === '1' || !exists) return 'write';
  return 'compare';
}
