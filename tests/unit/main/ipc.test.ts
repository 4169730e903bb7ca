import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { bindIpc } = await import('../../../src/main/ipc');
const { CHANNELS } = await import('../../../src/shared/api');

describe('bindIpc', () => {
  it('binds every contract channel and refuses a foreign sender before running the handler', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const getDocument = vi.fn(async (id: string) => ({ id }));
    bindIpc({ handle: (name: string, fn: never) => handlers.set(name, fn) } as never, { getDocument } as never);
    expect([...handlers.keys()].sort()).toEqual(CHANNELS.map((c) => `dossier:${c}`).sort());

    const call = handlers.get('dossier:getDocument')!;
    const foreign = await call({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'seed');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(getDocument).not.toHaveBeenCalled();

    const ours = await call({ senderFrame: { url: 'app://dossier/index.html', parent: null } }, 'seed');
    expect(ours).toEqual({ ok: true, value: { id: 'seed' } });

    const bad = await call({ senderFrame: { url: 'app://dossier/index.html', parent: null } }, { id: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('bindIpc logging', () => {
  it('logs a refused sender and a handler failure, and names the log in the message', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const lines: string[] = [];
    const log = { path: '/data/logs/dossier.log', warn: (m: string) => lines.push(`warn ${m}`), error: (m: string) => lines.push(`error ${m}`) };
    const getDocument = async () => {
      throw new Error('bug');
    };
    bindIpc({ handle: (name: string, fn: never) => handlers.set(name, fn) } as never, { getDocument } as never, undefined, log);
    const call = handlers.get('dossier:getDocument')!;
    await call({ senderFrame: { url: 'app://dossier/index.html', parent: {} } }, 'seed');
    await call({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'seed');
    const failed = await call({ senderFrame: { url: 'app://dossier/index.html', parent: null } }, 'seed');
    expect(lines[0]).toMatch(/^warn refused IPC getDocument from a subframe at app:\/\/dossier/u);
    expect(lines[1]).toMatch(/^warn refused IPC getDocument from https:\/\/evil\.example/u);
    expect(lines[2]).toBe('error handler getDocument failed');
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('/data/logs/dossier.log') } });
  });
});

describe('bindIpc while the services load', () => {
  it('answers calls once the handler table is ready, and refuses foreign senders at once', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    let ready!: (table: unknown) => void;
    const table = new Promise((resolve) => (ready = resolve));
    bindIpc({ handle: (name: string, fn: never) => handlers.set(name, fn) } as never, table as never);
    const call = handlers.get('dossier:getDocument')!;

    const foreign = await call({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'seed');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const pending = call({ senderFrame: { url: 'app://dossier/index.html', parent: null } }, 'seed');
    ready({ getDocument: async (id: string) => ({ id }) });
    await expect(pending).resolves.toEqual({ ok: true, value: { id: 'seed' } });
  });
});
