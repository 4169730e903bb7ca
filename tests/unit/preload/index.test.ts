import { describe, expect, it, vi } from 'vitest';

/** src/preload/index.ts exposes named contract functions only: never ipcRenderer or a raw send/on (issue 16). */
const fake = vi.hoisted(() => {
  const ipcRenderer = { invoke: () => Promise.resolve({ ok: true, value: 1 }), on: () => {}, send: () => {}, sendSync: () => {} };
  const exposed: [string, unknown][] = [];
  (globalThis as Record<string, unknown>).__DOSSIER_CHANNELS__ = ['getCorpusInfo', 'listAnnotations'];
  return { ipcRenderer, exposed, module: { ipcRenderer, contextBridge: { exposeInMainWorld: (k: string, v: unknown) => exposed.push([k, v]) } } };
});
vi.mock('electron', () => fake.module);

function reachable(value: unknown, seen = new Set<unknown>()): unknown[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return [];
  seen.add(value);
  return [value, ...Object.getOwnPropertyNames(value).flatMap((k) => reachable((value as Record<string, unknown>)[k], seen))];
}

describe('the preload', () => {
  it('exposes one frozen object of contract functions, with nothing of ipcRenderer reachable from it', async () => {
    await import('../../../src/preload/index');
    expect(fake.exposed).toHaveLength(1);
    const [, api] = fake.exposed[0] as [string, Record<string, unknown>];
    expect(Object.keys(api).sort()).toEqual(['getCorpusInfo', 'listAnnotations', 'subscribe', 'unsubscribe']);
    expect(Object.isFrozen(api)).toBe(true);
    const all = reachable(api);
    for (const fn of [fake.ipcRenderer, fake.ipcRenderer.invoke, fake.ipcRenderer.on, fake.ipcRenderer.send, fake.ipcRenderer.sendSync]) {
      expect(all.includes(fn)).toBe(false);
    }
  });
});
