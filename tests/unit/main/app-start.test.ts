import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

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
    urls: [] as string[],
    sent: [] as unknown[][],
    protocolClients: [] as string[],
  };
  class BrowserWindow {
    webContents = {
      on: () => {},
      setWindowOpenHandler: () => {},
      send: (...args: unknown[]) => state.sent.push(args),
      isLoading: () => false,
    };
    constructor() {
      state.windows++;
    }
    static getAllWindows = () => [];
    once() {}
    show() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      state.urls.push(url);
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    focus() {}
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
      setAsDefaultProtocolClient: (scheme: string) => state.protocolClients.push(scheme),
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
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => {} },
  };
  return { state, module };
});
vi.mock('electron', () => fake.module);
vi.mock('../../../src/core/host/core-host', () => ({
  startCoreHost: () => ({ table: {}, events: { subscribe: () => () => {} }, ready: async () => {}, close: async () => {} }),
}));

beforeEach(() => {
  vi.resetModules();
  Object.assign(fake.state, { lock: true, quit: 0, windows: 0, permissionHandler: undefined, permissionCheck: undefined, urls: [], sent: [], protocolClients: [] });
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

  describe('dossier:// passage links from the desktop', () => {
    const link = 'dossier://open?document=seed&paragraph=p-2';
    const argv = process.argv;
    const userData = process.env.DOSSIER_USER_DATA;
    afterEach(() => {
      process.argv = argv;
      if (userData === undefined) delete process.env.DOSSIER_USER_DATA;
      else process.env.DOSSIER_USER_DATA = userData;
    });

    it('registers the app for the scheme, but never from a throwaway test profile', async () => {
      delete process.env.DOSSIER_USER_DATA;
      await start();
      expect(fake.state.protocolClients).toEqual(['dossier']);
      expect(fake.state.appHandlers.has('open-url')).toBe(true);
      vi.resetModules();
      fake.state.protocolClients = [];
      process.env.DOSSIER_USER_DATA = '/tmp/dossier-app-start';
      await start();
      expect(fake.state.protocolClients).toEqual([]);
    });

    it('a link the app is started with opens the window at that passage', async () => {
      process.argv = ['/opt/dossier/dossier', '--no-sandbox', link];
      await start();
      expect(fake.state.urls).toHaveLength(1);
      expect(fake.state.urls[0]).toBe(`app://dossier/index.html#open=${encodeURIComponent(link)}`);
    });

    it("a second instance's link goes to the running window as an event; a malformed one is ignored", async () => {
      await start();
      const secondInstance = fake.state.appHandlers.get('second-instance')!;
      secondInstance({}, ['/opt/dossier/dossier', 'dossier://open?document=seed&script=alert(1)']);
      secondInstance({}, ['/opt/dossier/dossier', '--flag', 'not-a-link']);
      expect(fake.state.sent).toEqual([]);
      secondInstance({}, ['/opt/dossier/dossier', link]);
      expect(fake.state.sent).toEqual([['dossier:event', 'openPassage', { documentId: 'seed', paragraphId: 'p-2' }]]);
      // macOS hands links over as open-url instead.
      let prevented = false;
      fake.state.appHandlers.get('open-url')!({ preventDefault: () => (prevented = true) }, 'dossier://open?document=other');
      expect(prevented).toBe(true);
      expect(fake.state.sent.at(-1)).toEqual(['dossier:event', 'openPassage', { documentId: 'other' }]);
    });
  });
});
