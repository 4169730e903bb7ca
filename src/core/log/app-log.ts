import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The persistent log in the user-data folder (logs/dossier.log), the file the "The error was
 * logged" message points to. Writes are queued and asynchronous (nothing blocks Electron's
 * main thread); at 1 MB the file rolls over to dossier.log.1, so the log never grows without
 * bound. A log that cannot be written never breaks the app: the line goes to stderr instead.
 */
export interface AppLog {
  readonly path: string;
  info(message: string): void;
  warn(message: string): void;
  /** A failure that is a bug: the message and, for Errors, the stack. */
  error(message: string, error?: unknown): void;
  /** Resolves when every line written so far is on disk (tests, quitting). */
  flush(): Promise<void>;
}

export interface AppLogOptions {
  maxBytes?: number;
  now?: () => Date;
  /** Also echo to stderr (default: true; tests turn it off). */
  echo?: boolean;
}

export function logPath(userDataDir: string): string {
  return join(userDataDir, 'logs', 'dossier.log');
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export function createAppLog(userDataDir: string, options: AppLogOptions = {}): AppLog {
  const path = logPath(userDataDir);
  const maxBytes = options.maxBytes ?? 1_000_000;
  const now = options.now ?? (() => new Date());
  const echo = options.echo ?? true;
  let size: number | undefined;
  let queue: Promise<void> = Promise.resolve();

  async function append(line: string): Promise<void> {
    try {
      if (size === undefined) {
        await mkdir(dirname(path), { recursive: true });
        size = await stat(path).then((s) => s.size, () => 0);
      }
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) {
        await rename(path, `${path}.1`);
        size = 0;
      }
      await appendFile(path, line, 'utf8');
      size += Buffer.byteLength(line);
    } catch (error) {
      process.stderr.write(`[dossier] could not write ${path}: ${describe(error)}\n${line}`);
    }
  }

  function write(level: 'info' | 'warn' | 'error', message: string): void {
    const line = `${now().toISOString()} ${level.toUpperCase()} ${message.replace(/\r?\n(?!$)/gu, '\n    ')}\n`;
    if (echo && level !== 'info') process.stderr.write(`[dossier] ${line}`);
    queue = queue.then(() => append(line));
  }

  return {
    path,
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) => write('error', error === undefined ? message : `${message}: ${describe(error)}`),
    flush: () => queue,
  };
}
