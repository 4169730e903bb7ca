import type { Channel } from '../../shared/api';
import type { Envelope } from '../../shared/result';

/**
 * The messages between a host (Electron main, `npm run serve`, the e2e web host) and the core
 * worker (core-worker.ts). Everything here is structured-cloneable: the worker owns the corpus,
 * the annotation database and search; the host owns windows, dialogs and the log file.
 */

export interface CoreStartOptions {
  resourcesDir: string;
  userDataDir: string;
  platformName: 'electron' | 'web';
  /** The host's platform methods the worker may call back (saveFile, printToPdf, openExternal, …). */
  platformMethods: string[];
  /** Where the log file is, so "the error was logged to …" names it. */
  logPath: string;
}

/** A thrown value as it crosses the thread: enough to log it with its stack. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
}

export type ToWorker =
  | { type: 'start'; options: CoreStartOptions }
  | { type: 'call'; id: number; channel: Channel; args: unknown[] }
  | { type: 'platform-reply'; id: number; ok: true; value: unknown }
  | { type: 'platform-reply'; id: number; ok: false; error: SerializedError }
  | { type: 'close' };

export type FromWorker =
  | { type: 'started' }
  | { type: 'start-failed'; error: SerializedError }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; name: string; payload: unknown }
  | { type: 'platform-call'; id: number; method: string; args: unknown[] }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; error?: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, stack: error.stack, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: typeof error === 'string' ? error : safeJson(error) };
}

/** Rebuilt on the other side so `isDossierError` and the log's stack printing still work. */
export function deserializeError(info: SerializedError): Error {
  const error = new Error(info.message);
  error.name = info.name;
  if (info.stack) error.stack = info.stack;
  if (info.code !== undefined) Object.assign(error, { code: info.code });
  return error;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
