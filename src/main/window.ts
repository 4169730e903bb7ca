import { BrowserWindow, type WebPreferences } from 'electron';
import { installNavigationGuards } from './guards';

export interface MainWindowOptions {
  preloadPath: string;
  /** app://dossier/index.html, or the dev server's URL in development. */
  url: string;
  devServerUrl?: string;
}

/** The hardening every Dossier window gets (DEVELOPERS.md): isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    backgroundColor: '#f7f6f2',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  installNavigationGuards(window.webContents, options.devServerUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
