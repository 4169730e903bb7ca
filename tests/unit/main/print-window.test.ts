import { describe, expect, it, vi } from 'vitest';

/** The hidden window that prints exports to PDF gets the same refusals as the main one (issue 16). */
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...a: unknown[]) => void>();
  const state: { openHandler?: (d: unknown) => unknown; permission?: (wc: unknown, p: string, cb: (ok: boolean) => void) => void } = {};
  const webContents = {
    setWindowOpenHandler: (fn: (d: unknown) => unknown) => (state.openHandler = fn),
    on: (event: string, fn: (...a: unknown[]) => void) => handlers.set(event, fn),
    printToPDF: async () => Buffer.from('%PDF-1.7 fake'),
  };
  class BrowserWindow {
    webContents = webContents;
    loadURL = async () => undefined;
    destroy() {}
  }
  const printSession = {
    webRequest: { onBeforeRequest: () => {} },
    setPermissionRequestHandler: (fn: typeof state.permission) => (state.permission = fn),
  };
  return { handlers, state, module: { BrowserWindow, dialog: {}, session: { fromPartition: () => printSession } } };
});
vi.mock('electron', () => electron.module);
const { createElectronExportPlatform } = await import('../../../src/main/export-platform');

describe('the print window', () => {
  it('denies every permission, every window.open and every navigation', async () => {
    const { tmpdir } = await import('node:os');
    const platform = createElectronExportPlatform({ userDataDir: tmpdir(), parentWindow: () => undefined });
    await platform.printToPdf('<!DOCTYPE html><p>x</p>');
    const answers: boolean[] = [];
    for (const p of ['media', 'notifications', 'clipboard-read']) electron.state.permission?.(null, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false]);
    expect(electron.state.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let stopped = false;
    electron.handlers.get('will-navigate')?.({ preventDefault: () => (stopped = true) }, 'https://evil.example/');
    expect(stopped).toBe(true);
  });
});
