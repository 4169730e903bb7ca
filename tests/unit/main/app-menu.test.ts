import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: () => {}, buildFromTemplate: (t: unknown) => t } }));
const { appMenuTemplate } = await import('../../../src/main/app-menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('File › Add documents… (Ctrl+O) asks the page to add documents; Help opens the keys sheet', () => {
    const sent: string[] = [];
    const all = items(appMenuTemplate({ isMac: false, command: (name) => sent.push(name) }));
    const add = all.find((i) => i.label === 'Add documents…')!;
    expect(add.accelerator).toBe('CmdOrCtrl+O');
    // The page owns the key (its shortcut runs the same action): shown in the menu, not registered twice.
    expect(add.registerAccelerator).toBe(false);
    add.click!({} as never, undefined, {} as never);
    all.find((i) => i.label === 'Keys and search syntax')!.click!({} as never, undefined, {} as never);
    expect(sent).toEqual(['add-documents', 'show-help']);
  });

  it('offers no reload, developer tools or native undo (Ctrl+Z undoes annotation changes in the page)', () => {
    for (const isMac of [false, true]) {
      const roles = items(appMenuTemplate({ isMac, command: () => {} })).map((i) => i.role);
      for (const role of ['reload', 'forceReload', 'toggleDevTools', 'undo', 'redo', 'viewMenu', 'editMenu']) expect(roles).not.toContain(role);
      expect(roles).toContain(isMac ? 'close' : 'quit');
      expect(roles).toContain('copy');
    }
  });
});
