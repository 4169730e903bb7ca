import { dialog, shell, type BaseWindow } from 'electron';
import type { PlatformServices } from '../core/platform';
import { checkExternalUrl } from '../shared/external-url';

/**
 * Electron side of links in notes: the user confirms, then the system browser opens the URL.
 * The URL is checked here too, so nothing but http(s)/mailto ever reaches shell.openExternal.
 */
export function createElectronLinkPlatform(options: { parentWindow: () => BaseWindow | undefined }): Pick<PlatformServices, 'openExternal'> {
  return {
    async openExternal(url) {
      const checked = checkExternalUrl(url);
      if (!checked) return false;
      const box = {
        type: 'question' as const,
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this link in your web browser?',
        detail: checked,
        noLink: true,
      };
      const parent = options.parentWindow();
      const { response } = parent ? await dialog.showMessageBox(parent, box) : await dialog.showMessageBox(box);
      if (response !== 0) return false;
      await shell.openExternal(checked);
      return true;
    },
  };
}
