/**
 * The native application menu. Commands that the page also offers (a toolbar button, a
 * shortcut) are sent to the page as the `menuCommand` event so each action has one code path,
 * the renderer's: the menu adds discoverability, not a second implementation.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/events';

export interface AppMenuOptions {
  isMac: boolean;
  command(name: MenuCommand): void;
}

/**
 * The template, pure, so it is checked without Electron. Deliberately absent: Undo/Redo roles
 * (Ctrl+Z belongs to the page, where it undoes annotation changes), and reload or developer
 * tools (a packaged app offers neither).
 */
export function appMenuTemplate({ isMac, command }: AppMenuOptions): MenuItemConstructorOptions[] {
  // The page handles these keys itself; the menu shows them without taking them over.
  const pageKey = (accelerator: string) => ({ accelerator, registerAccelerator: false });
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Add documents…', ...pageKey('CmdOrCtrl+O'), click: () => command('add-documents') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions = { label: '&View', submenu: [{ role: 'togglefullscreen' }] };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'Keys and search syntax', ...pageKey('Shift+/'), click: () => command('show-help') }],
  };
  return [...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, window, help];
}

export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
