import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { createAppLog, type AppLog } from '../core/log/app-log';
import { startCoreHost, type CoreHost } from '../core/host/core-host';
import { EVENT_CHANNEL } from '../shared/api/events';
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { installAppWideGuards, installPermissionGuards } from './guards';
import { bindIpc } from './ipc';
import { createElectronExportPlatform } from './export-platform';
import { createElectronLinkPlatform } from './link-platform';
import { createElectronOpenPlatform } from './open-platform';
import { installAppMenu } from './app-menu';
import { installPassageLinks, type PassageLinks } from './passage-links';
import { createMainWindow } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

// Tests and power users point Dossier at a throwaway profile.
if (process.env.DOSSIER_USER_DATA) app.setPath('userData', process.env.DOSSIER_USER_DATA);

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
installAppWideGuards(app, devServerUrl);

let core: CoreHost | undefined;
let log: AppLog | undefined;
let mainWindow: BrowserWindow | undefined;
let passageLinks: PassageLinks | undefined;

function openWindow(): BrowserWindow {
  // A dossier:// link the app was started with opens through the page's #open= route.
  const route = passageLinks?.takeInitialRoute() ?? '';
  return createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    url: (devServerUrl ?? `${APP_ORIGIN}/index.html`) + route,
    devServerUrl,
  });
}

function focusWindow(): void {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  // Guards first: nothing may be asked of the session before permissions are refused.
  installPermissionGuards(session.defaultSession);
  log = createAppLog(app.getPath('userData'));
  log.info(`Dossier ${app.getVersion()} starting (Electron ${process.versions.electron})`);
  registerAppProtocol(protocol, join(here, '../renderer'));
  // The corpus, the notes database and search run in the core worker (core/host): this thread
  // only routes calls, so the window opens at once and never waits on a disk read or a query.
  // Calls made before the worker has opened the corpus wait for it; the page shows "Loading…".
  core = startCoreHost({
    resourcesDir: join(app.getAppPath(), 'resources'),
    userDataDir: app.getPath('userData'),
    log,
    platform: {
      name: 'electron',
      ...createElectronExportPlatform({
        userDataDir: app.getPath('userData'),
        parentWindow: () => mainWindow,
        defaultFolder: () => app.getPath('documents'),
      }),
      ...createElectronLinkPlatform({ parentWindow: () => mainWindow }),
      ...createElectronOpenPlatform(() => mainWindow),
    },
  });
  // Events go to our window only, on the one channel the preload fans out by name.
  core.events.subscribe((name, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, name, payload);
  });
  bindIpc(ipcMain, core.table, devServerUrl, log);
  installAppMenu({
    isMac: process.platform === 'darwin',
    command: (name) => mainWindow?.webContents.send(EVENT_CHANNEL, 'menuCommand', name),
  });
  mainWindow = openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  // Logged by the core host; until a restart, calls answer 'unavailable' with a message the page shows.
  core.ready().catch(() => {});
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  passageLinks = installPassageLinks(app, {
    ready: () => Boolean(mainWindow && !mainWindow.isDestroyed() && !mainWindow.webContents.isLoading()),
    deliver: (ref) => {
      mainWindow?.webContents.send(EVENT_CHANNEL, 'openPassage', ref);
      focusWindow();
    },
  });
  app.on('second-instance', (_event: unknown, argv: string[]) => {
    focusWindow();
    passageLinks?.fromArgv(argv);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The database closes in its worker before the process ends (a clean WAL checkpoint);
  // a crash instead loses nothing either, only the checkpoint waits for the next start.
  let closed = false;
  app.on('will-quit', (event: { preventDefault(): void }) => {
    if (closed || !core) return;
    event.preventDefault();
    void core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  start().catch((error: unknown) => {
    console.error('[dossier] failed to start:', error);
    log?.error('failed to start', error);
    void (log?.flush() ?? Promise.resolve()).finally(() => app.exit(1));
  });
}
