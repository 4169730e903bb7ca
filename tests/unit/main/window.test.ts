import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; handlers: Map<string, (...a: unknown[]) => void>; openHandler?: (d: unknown) => unknown }[] = [];

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const record: (typeof created)[number] = { options, handlers: new Map() };
      created.push(record);
      this.webContents = {
        on: (event: string, fn: (...a: unknown[]) => void) => record.handlers.set(event, fn),
        setWindowOpenHandler: (fn: (d: unknown) => unknown) => (record.openHandler = fn),
      };
    }
    once() {}
    show() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return { BrowserWindow };
});

const { createMainWindow } = await import('../../../src/main/window');

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates the window isolated, sandboxed and without Node', () => {
    createMainWindow({ preloadPath: '/app/preload.cjs', url: 'app://dossier/index.html' });
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('denies window.open and navigation to anything but our origin', () => {
    createMainWindow({ preloadPath: '/p.cjs', url: 'app://dossier/index.html' });
    const record = created[0]!;
    expect(record.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigate = record.handlers.get('will-navigate')!;
    const away = { preventDefault: vi.fn() };
    navigate(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    navigate(home, 'app://dossier/index.html#x');
    expect(home.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    record.handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});
