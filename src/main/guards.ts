import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** True only for documents served by our own app:// origin (or the dev server in development). */
export function isOwnOrigin(rawUrl: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  // Compare scheme and host, not url.origin: Node's URL reports "null" for schemes it does not know.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** Deny navigation away from our origin and every window.open. */
export function installNavigationGuards(contents: WebContents, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnOrigin(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnOrigin(url, devServerUrl)) event.preventDefault();
  });
  // will-navigate covers the main frame only; this covers every frame (the CSP already forbids frames).
  contents.on('will-frame-navigate', (event) => {
    if (!isOwnOrigin(event.url, devServerUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** A reader needs no camera, microphone, notifications, geolocation…: refuse every request and check. */
export function installPermissionGuards(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * The same guards on every web contents the app ever creates (the main window, the print
 * window, anything a future feature or a library opens), installed before any window
 * exists, so a contents created without its own guards still cannot navigate or open windows.
 */
export function installAppWideGuards(app: App, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, devServerUrl));
}
