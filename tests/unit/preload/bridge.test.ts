import { describe, expect, it, vi } from 'vitest';
import { createDossierApi, type Invoke } from '../../../src/preload/bridge';
import { CHANNELS } from '../../../src/shared/api';
import { createDossierClient, type DossierBridge } from '../../../src/shared/api/bridge';
import { DossierError, type Envelope } from '../../../src/shared/result';
import { fakeExposeInMainWorld } from './fake-context-bridge';

/** The bridge as the page sees it: built in the "preload", copied through the fake contextBridge, unwrapped in the "page". */
function throughContextBridge(invoke: Invoke, events?: Parameters<typeof createDossierApi>[0]['events']) {
  const world: Record<string, unknown> = {};
  fakeExposeInMainWorld(world, 'dossierBridge', createDossierApi({ invoke, channels: CHANNELS, events }));
  return createDossierClient(world.dossierBridge as DossierBridge);
}

describe('createDossierApi', () => {
  it('exposes exactly the contract methods plus subscribe/unsubscribe, nothing that could reach raw IPC', () => {
    const api = createDossierApi({ invoke: vi.fn(), channels: CHANNELS });
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'subscribe', 'unsubscribe'].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('on');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('passes arguments through and resolves with the value of an ok envelope', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: { id: 'seed' } });
    const api = throughContextBridge(invoke);
    await expect(api.getDocument('seed')).resolves.toEqual({ id: 'seed' });
    expect(invoke).toHaveBeenCalledWith('getDocument', ['seed']);
  });

  it('a typed error keeps its code across a contextBridge that copies only an Error’s message', async () => {
    const api = throughContextBridge(async () => ({ ok: false, error: { code: 'not-found', message: 'No document with id "x".' } }));
    const error = await api.getDocument('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect(error).toMatchObject({ code: 'not-found', message: 'No document with id "x".' });
  });

  it('the fake bridge is faithful: a DossierError thrown in the preload arrives without its code', async () => {
    const world: Record<string, unknown> = {};
    fakeExposeInMainWorld(world, 'api', { call: async () => { throw new DossierError('not-found', 'gone'); } });
    const error = await (world.api as { call(): Promise<never> }).call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(DossierError);
    expect((error as { code?: string }).code).toBeUndefined();
  });

  it('a transport that fails resolves as an unavailable error, not a bare rejection', async () => {
    const api = throughContextBridge(async () => {
      throw new Error('connection refused');
    });
    await expect(api.listDocuments()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('an answer that is not an envelope is an internal error', async () => {
    const api = throughContextBridge(async () => 'garbage' as unknown as Envelope<unknown>);
    await expect(api.listDocuments()).rejects.toMatchObject({ code: 'internal' });
  });

  it('delivers subscribed events by name, starts the feed once, and stops after unsubscribe', () => {
    let deliver: (name: string, payload: unknown) => void = () => {};
    const feed = vi.fn((d: typeof deliver) => (deliver = d));
    const api = throughContextBridge(vi.fn(), feed);
    const seen: unknown[] = [];
    const id = api.subscribe('searchStatus', (status) => seen.push(status.state));
    api.subscribe('searchStatus', () => {
      throw new Error('a broken listener');
    });
    deliver('searchStatus', { state: 'ready', documentCount: 3, message: null, readyMs: 5 });
    deliver('notAnEvent', { state: 'failed' });
    api.unsubscribe(id);
    deliver('searchStatus', { state: 'failed', documentCount: 0, message: 'x', readyMs: null });
    expect(seen).toEqual(['ready']);
    expect(feed).toHaveBeenCalledTimes(1);
  });

  it('refuses to subscribe to an event the map does not name', () => {
    const api = createDossierApi({ invoke: vi.fn(), channels: CHANNELS });
    expect(() => api.subscribe('anything' as 'searchStatus', () => {})).toThrow(/Unknown event/u);
  });
});
