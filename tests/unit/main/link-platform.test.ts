import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron binary is not available in unit tests: stand in for dialog and shell.
const electron = vi.hoisted(() => ({
  dialog: { showMessageBox: vi.fn() },
  shell: { openExternal: vi.fn(async () => undefined) },
}));
vi.mock('electron', () => electron);

const { createElectronLinkPlatform } = await import('../../../src/main/link-platform');
const { createLinkHandlers } = await import('../../../src/core/ipc/link-handlers');

beforeEach(() => {
  electron.dialog.showMessageBox.mockReset();
  electron.shell.openExternal.mockClear();
});

describe('links opened through main', () => {
  const platform = { name: 'electron' as const, ...createElectronLinkPlatform({ parentWindow: () => undefined }) };
  const handlers = createLinkHandlers(platform);

  it('asks first, opens only after the user agrees', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await handlers.openExternalLink('https://example.org/report')).toEqual({ opened: false });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await handlers.openExternalLink('https://example.org/report')).toEqual({ opened: true });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/report');
    expect(electron.dialog.showMessageBox.mock.calls[1]![0]).toMatchObject({ detail: 'https://example.org/report' });
  });

  it('never passes anything but http(s)/mailto to shell.openExternal, even if the schema were skipped', async () => {
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share']) {
      await expect(handlers.openExternalLink(bad)).rejects.toMatchObject({ code: 'invalid-argument' });
      expect(await platform.openExternal!(bad)).toBe(false);
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('says how links open on each host', async () => {
    expect(await handlers.getLinkCapabilities()).toEqual({ opens: 'system-browser' });
    expect(await createLinkHandlers({ name: 'web' }).getLinkCapabilities()).toEqual({ opens: 'new-tab' });
    await expect(createLinkHandlers({ name: 'web' }).openExternalLink('https://example.org')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
