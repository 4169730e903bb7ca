import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * src/main/index.ts with Electron and the core stood in for: the app-level guards it must
 * install (issue 16) — the single-instance lock, permission refusals on the default
 * session, app-wide navigation guards — are checked on the real start-up code.
 */
const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    appHandlers: new Map<string, (...a: unknown[]) => void>(),
    quit: 0,
    windows: 0,
    permissionHandler: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((...a: unknown[]) => boolean),
  };
  class BrowserWindow {
    webContents = { on: () => {}, setWindowOpenHandler: () => {}, send: () => {} };
    constructor() {
      state.windows++;
    }
    static getAllWindows = () => [];
    once() {}
    show() {}
    isDestroyed() {
      return false;
    }
    loadURL() {
      return Promise.resolve();
    }
  }
  const module = {
    app: {
      setPath: () => {},
      getPath: () => '/tmp/dossier-app-start',
      getAppPath: () => '/tmp/dossier-app-start',
      getVersion: () => '0.0.0-test',
      requestSingleInstanceLock: () => state.lock,
      quit: () => state.quit++,
      exit: () => {},
      whenReady: () => Promise.resolve(),
      on: (event: string, fn: (...a: unknown[]) => void) => state.appHandlers.set(event, fn),
    },
    BrowserWindow,
    ipcMain: { handle: () => {} },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof state.permissionHandler) => (state.permissionHandler = fn),
        setPermissionCheckHandler: (fn: typeof state.permissionCheck) => (state.permissionCheck = fn),
      },
      fromPartition: () => ({}),
    },
    dialog: {},
    shell: {},
  };
  return { state, module };
});
vi.mock('electron', () => fake.module);
vi.mock('../../../src/core/host/core-host', () => ({
  startCoreHost: () => ({ table: {}, events: { subscribe: () => () => {} }, ready: async () => {}, close: async () => {} }),
}));

beforeEach(() => {
  vi.resetModules();
  Object.assign(fake.state, { lock: true, quit: 0, windows: 0, permissionHandler: undefined, permissionCheck: undefined });
  fake.state.appHandlers.clear();
});

async function start(): Promise<void> {
  await import('../../../src/main/index');
  await new Promise((r) => setTimeout(r, 20));
}

describe('app start-up', () => {
  it('refuses every permission on the default session and guards every web contents app-wide', async () => {
    await start();
    const answers: boolean[] = [];
    fake.state.permissionHandler?.(null, 'media', (ok) => answers.push(ok));
    expect(answers).toEqual([false]);
    expect(fake.state.permissionCheck?.(null, 'media', 'app://dossier')).toBe(false);
    expect(fake.state.appHandlers.has('web-contents-created')).toBe(true);
    expect(fake.state.windows).toBe(1);
  });

  it('a second instance quits at once without opening a window, the first one is focused instead', async () => {
    fake.state.lock = false;
    await start();
    expect(fake.state.quit).toBe(1);
    expect(fake.state.windows).toBe(0);
    fake.state.lock = true;
    vi.resetModules();
    fake.state.appHandlers.clear();
    await start();
    expect(fake.state.appHandlers.has('second-instance')).toBe(true);
  });
});
