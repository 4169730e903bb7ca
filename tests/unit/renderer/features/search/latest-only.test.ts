import { describe, expect, it } from 'vitest';
import { createLatestOnly } from '../../../../../src/renderer/src/features/search/latest-only';

/** A call the test resolves by hand, so the order answers arrive in is under its control. */
function harness() {
  const calls: { arg: string; resolve(v: string): void; reject(e: unknown): void }[] = [];
  const shown: string[] = [];
  const errors: string[] = [];
  const runner = createLatestOnly<string, string>({
    run: (arg) => new Promise<string>((resolve, reject) => calls.push({ arg, resolve, reject })),
    onResult: (arg, result) => shown.push(`${arg}=${result}`),
    onError: (arg) => errors.push(arg),
  });
  return { calls, shown, errors, runner };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createLatestOnly', () => {
  it('keeps one call in flight and only the newest keystroke waiting (k, ku, kur, kurs → 2 calls)', async () => {
    const { calls, shown, runner } = harness();
    for (const q of ['k', 'ku', 'kur', 'kurs']) runner.request(q);
    expect(calls.map((c) => c.arg)).toEqual(['k']);
    calls[0]!.resolve('1');
    await tick();
    expect(calls.map((c) => c.arg)).toEqual(['k', 'kurs']);
    calls[1]!.resolve('2');
    await tick();
    expect(shown).toEqual(['k=1', 'kurs=2']);
    expect(runner.busy()).toBe(false);
  });

  it('ignores the answer to a call made before cancel (query cleared while in flight)', async () => {
    const { calls, shown, runner } = harness();
    runner.request('kursk');
    runner.cancel();
    calls[0]!.resolve('late');
    await tick();
    expect(shown).toEqual([]);
    runner.request('korea');
    calls[1]!.resolve('ok');
    await tick();
    expect(shown).toEqual(['korea=ok']);
  });

  it('drops the waiting argument on cancel, so nothing runs after the in-flight call', async () => {
    const { calls, runner } = harness();
    runner.request('a');
    runner.request('b');
    runner.cancel();
    calls[0]!.resolve('x');
    await tick();
    expect(calls.map((c) => c.arg)).toEqual(['a']);
    expect(runner.busy()).toBe(false);
  });

  it('reports a failed call and carries on with the next', async () => {
    const { calls, shown, errors, runner } = harness();
    runner.request('bad');
    runner.request('good');
    calls[0]!.reject(new Error('boom'));
    await tick();
    calls[1]!.resolve('fine');
    await tick();
    expect(errors).toEqual(['bad']);
    expect(shown).toEqual(['good=fine']);
  });

  it('treats a run that throws synchronously as a failed call', async () => {
    const errors: string[] = [];
    const runner = createLatestOnly<string, string>({
      run: () => {
        throw new Error('sync');
      },
      onResult: () => {},
      onError: (arg) => errors.push(arg),
    });
    runner.request('q');
    await tick();
    expect(errors).toEqual(['q']);
    expect(runner.busy()).toBe(false);
  });
});
