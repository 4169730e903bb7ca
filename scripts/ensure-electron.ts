/**
 * Runs before `npm start` / `npm run dev`: Electron 45 downloads its binary lazily, and
 * electron-vite throws "Electron uninstall" when node_modules/electron/path.txt is absent. So
 * check first; when the binary is missing, run Electron's own installer (install.js); when
 * that fails, print one paragraph saying what failed and what to do — including the browser
 * alternative, `npm run serve`. With --check (used by `npm run dist`) it never downloads and
 * says in one line what is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ElectronFs {
  exists(path: string): boolean;
  /** Text of a file, or null when it cannot be read. */
  read(path: string): string | null;
}

export type ElectronStatus = { ok: true; binary: string } | { ok: false; missing: string };

export const realFs: ElectronFs = {
  exists: (path) => existsSync(path),
  read: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
};

/** Where the binary is, or what is missing. Never `require('electron')`: that starts the download. */
export function electronStatus(root: string, fs: ElectronFs, env: NodeJS.ProcessEnv = process.env): ElectronStatus {
  const pkg = join(root, 'node_modules', 'electron');
  if (!fs.exists(join(pkg, 'package.json'))) return { ok: false, missing: 'the electron package is not installed (run `npm install`)' };
  const pathTxt = fs.read(join(pkg, 'path.txt'));
  if (pathTxt === null || pathTxt.trim() === '') return { ok: false, missing: 'node_modules/electron/path.txt is missing: the Electron binary was never downloaded' };
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, pathTxt.trim()) : join(pkg, 'dist', pathTxt.trim());
  if (!fs.exists(binary)) return { ok: false, missing: `the Electron binary ${binary} is missing (node_modules/electron/dist/ is incomplete)` };
  return { ok: true, binary };
}

export function electronVersion(root: string, fs: ElectronFs): string {
  const text = fs.read(join(root, 'node_modules', 'electron', 'package.json'));
  try {
    return (JSON.parse(text ?? '{}') as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The one paragraph a user sees when the binary cannot be had. */
export function downloadFailedMessage(missing: string, installerOutput: string, version: string): string {
  const why = installerOutput.split('\n').map((l) => l.trim()).find((l) => /error|fail|skipped|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|403|404|certificate/iu.test(l));
  return [
    `Dossier cannot start in Electron: ${missing}, and Electron's installer could not download Electron ${version}${why ? ` (${why.slice(0, 200)})` : ''}.`,
    'If this machine reaches the internet through a proxy, set HTTPS_PROXY (and GLOBAL_AGENT_HTTPS_PROXY) and run `npm start` again;',
    'if github.com is blocked, set ELECTRON_MIRROR to a mirror of Electron\'s releases (e.g. ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/),',
    `or put electron-v${version}-<platform>-<arch>.zip in Electron's download cache (electron_config_cache) and run \`node node_modules/electron/install.js\`.`,
    'Meanwhile the same app runs in your browser: `npm run serve` prints a local address to open.',
  ].join(' ');
}

export interface EnsureOptions {
  root: string;
  fs: ElectronFs;
  /** Runs Electron's installer; returns its exit status and what it printed. */
  install(): { status: number | null; output: string };
  print(line: string): void;
  env?: NodeJS.ProcessEnv;
  /** Only report, never download (`npm run dist`). */
  checkOnly?: boolean;
}

/** Exit code: 0 when the binary is (now) there. */
export function ensureElectron(options: EnsureOptions): number {
  const env = options.env ?? process.env;
  const before = electronStatus(options.root, options.fs, env);
  if (before.ok) return 0;
  const version = electronVersion(options.root, options.fs);
  if (options.checkOnly) {
    options.print(`Cannot build installers: ${before.missing}; run \`npm start\` once with network to download Electron ${version} (or see ELECTRON_MIRROR).`);
    return 1;
  }
  if (env.DOSSIER_SKIP_ELECTRON_DOWNLOAD) {
    options.print(downloadFailedMessage(before.missing, 'the download was skipped (DOSSIER_SKIP_ELECTRON_DOWNLOAD is set)', version));
    return 1;
  }
  options.print(`electron: ${before.missing}; downloading Electron ${version} with its installer…`);
  const result = options.install();
  const after = electronStatus(options.root, options.fs, env);
  if (result.status === 0 && after.ok) return 0;
  options.print(downloadFailedMessage(before.missing, result.output, version));
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  const code = ensureElectron({
    root,
    fs: realFs,
    checkOnly: process.argv.includes('--check'),
    print: (line) => console.error(line),
    install: () => {
      const run = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, encoding: 'utf8' });
      return { status: run.status, output: `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}` };
    },
  });
  process.exit(code);
}
