import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron binary is not available in unit tests: stand in for the three APIs used.
const electron = vi.hoisted(() => {
  const webContents = {
    setWindowOpenHandler: vi.fn(),
    on: vi.fn(),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
  };
  const windows: { options: unknown; loadURL: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow {
    webContents = webContents;
    loadURL = vi.fn(async () => undefined);
    destroy = vi.fn();
    constructor(public options: unknown) {
      windows.push(this);
    }
  }
  const printSession = { webRequest: { onBeforeRequest: vi.fn() }, setPermissionRequestHandler: vi.fn() };
  return {
    windows,
    webContents,
    printSession,
    module: { BrowserWindow, dialog: { showSaveDialog: vi.fn() }, session: { fromPartition: vi.fn(() => printSession) } },
  };
});
vi.mock('electron', () => electron.module);

const { createElectronExportPlatform, readLastFolder } = await import('../../../../src/main/export-platform');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-platform-'));
  electron.module.dialog.showSaveDialog.mockReset();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Electron export platform', () => {
  it('saves where the user chose, remembers the folder and opens there next time', async () => {
    const platform = createElectronExportPlatform({ userDataDir: join(dir, 'user'), parentWindow: () => undefined, defaultFolder: () => '/home/me/Documents' });
    const target = join(dir, 'out.md');
    electron.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await platform.saveFile('dossier-x.md', new TextEncoder().encode('# hi'))).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('# hi');
    expect(electron.module.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: join('/home/me/Documents', 'dossier-x.md') });
    expect(await readLastFolder(join(dir, 'user'))).toBe(dir);

    electron.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await platform.saveFile('dossier-y.csv', new Uint8Array())).toEqual({ saved: false });
    expect(electron.module.dialog.showSaveDialog.mock.calls[1]?.[0]).toMatchObject({ defaultPath: join(dir, 'dossier-y.csv'), filters: [{ extensions: ['csv'] }] });
  });

  it('reports a folder it cannot write to as a storage error', async () => {
    const platform = createElectronExportPlatform({ userDataDir: dir, parentWindow: () => undefined });
    electron.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'missing', 'deeper', 'x.md') });
    await expect(platform.saveFile('x.md', new Uint8Array())).rejects.toMatchObject({ name: 'DossierError', code: 'storage' });
  });

  it('ignores a damaged settings file', async () => {
    writeFileSync(join(dir, 'export-settings.json'), '{not json');
    expect(await readLastFolder(dir)).toBeUndefined();
  });

  it('prints in a hidden, sandboxed window with JavaScript off, from a temp file it removes', async () => {
    const platform = createElectronExportPlatform({ userDataDir: dir, parentWindow: () => undefined });
    const pdf = await platform.printToPdf('<!DOCTYPE html><p>hello</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const win = electron.windows.at(-1)!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    const url = String(win.loadURL.mock.calls[0]?.[0]);
    expect(url).toMatch(/^file:\/\/.*dossier-print-.*export\.html$/u);
    expect(win.destroy).toHaveBeenCalled();
    const filter = electron.printSession.webRequest.onBeforeRequest.mock.calls.at(-1)?.[0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const decide = (u: string) => new Promise<boolean>((resolve) => filter({ url: u }, (r) => resolve(r.cancel)));
    expect(await decide(url)).toBe(false);
    expect(await decide('https://tracker.example/x.png')).toBe(true);
    expect(() => readFileSync(new URL(url))).toThrow();
  });
});
