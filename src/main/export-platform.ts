import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, session, type BaseWindow } from 'electron';
import type { PlatformServices } from '../core/platform';
import { DossierError } from '../shared/result';

/**
 * Electron side of export (issue 6): the save dialog (remembering the last folder in the
 * user-data folder) and PDF printing. Wire it into the platform given to createCoreServices:
 *   platform: { name: 'electron', ...createElectronExportPlatform({ userDataDir, parentWindow }) }
 */
export interface ExportPlatformOptions {
  userDataDir: string;
  /** The window the save dialog is modal to. */
  parentWindow: () => BaseWindow | undefined;
  /** Where the dialog opens before anything was saved (defaults to the user's Documents folder). */
  defaultFolder?: () => string;
}

const SETTINGS_FILE = 'export-settings.json';

export async function readLastFolder(userDataDir: string): Promise<string | undefined> {
  try {
    const value = (JSON.parse(await readFile(join(userDataDir, SETTINGS_FILE), 'utf8')) as { lastFolder?: unknown }).lastFolder;
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  } catch {
    return undefined; // first run or unreadable: fall back to the default folder
  }
}

async function rememberFolder(userDataDir: string, folder: string): Promise<void> {
  try {
    await mkdir(userDataDir, { recursive: true });
    await writeFile(join(userDataDir, SETTINGS_FILE), `${JSON.stringify({ lastFolder: folder })}\n`, 'utf8');
  } catch {
    // Remembering the folder is a convenience; the export itself was saved.
  }
}

const PRINT_PARTITION = 'dossier-export-print';

/**
 * Prints HTML in a hidden window that cannot run script, reach the network or navigate:
 * JavaScript off, sandboxed, no Node, its own in-memory session whose only allowed request
 * is the temp file itself (the file's CSP forbids everything else too).
 */
async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const folder = join(tmpdir(), `dossier-print-${randomUUID()}`);
  const file = join(folder, 'export.html');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
  const fileUrl = pathToFileURL(file).href;
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  // One listener per session, replaced on each call; a prefix so two exports printing at once both load.
  const allowed = pathToFileURL(join(tmpdir(), 'dossier-print-')).href;
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith(allowed) }));
  printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      session: printSession,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    await win.loadURL(fileUrl);
    const pdf = await win.webContents.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 }, // inches
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

export function createElectronExportPlatform(options: ExportPlatformOptions): Required<Pick<PlatformServices, 'saveFile' | 'printToPdf'>> {
  return {
    async saveFile(suggestedName, bytes, title = 'Export annotations') {
      const folder = (await readLastFolder(options.userDataDir)) ?? options.defaultFolder?.() ?? '';
      const extension = /\.([a-z0-9]+)$/iu.exec(suggestedName)?.[1] ?? '';
      const dialogOptions = {
        title,
        defaultPath: folder ? join(folder, suggestedName) : suggestedName,
        filters: extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }] : [],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const parent = options.parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return { saved: false };
      try {
        await writeFile(result.filePath, bytes);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new DossierError('storage', `Dossier could not write ${result.filePath} (${code}). Choose another folder.`);
      }
      await rememberFolder(options.userDataDir, dirname(result.filePath));
      return { saved: true, path: result.filePath };
    },
    printToPdf: printHtmlToPdf,
  };
}
