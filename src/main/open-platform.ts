import { BrowserWindow, dialog, type BaseWindow } from 'electron';
import type { PlatformServices } from '../core/platform';
import { FILE_FORMATS } from '../shared/file-formats';

/**
 * Electron side of adding documents (issue 11): the native open dialog. Wire it into the
 * platform given to createCoreServices next to the export platform.
 */
export function createElectronOpenPlatform(parentWindow: () => BaseWindow | undefined): Pick<PlatformServices, 'chooseFiles'> {
  return {
    async chooseFiles() {
      const options: Electron.OpenDialogOptions = {
        title: 'Add documents',
        buttonLabel: 'Add',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Documents', extensions: Object.keys(FILE_FORMATS).map((e) => e.slice(1)) }],
      };
      const win = parentWindow();
      const result = win instanceof BrowserWindow ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  };
}
