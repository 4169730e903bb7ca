import { Worker } from 'node:worker_threads';
import { CHANNELS, type Channel, type HandlerTable } from '../../shared/api';
import { DossierError, type Envelope } from '../../shared/result';
import { createEventHub, type EventHub } from '../events';
import type { AppLog } from '../log/app-log';
import type { PlatformServices } from '../platform';
import { findWorkerEntry, type WorkerEntry } from '../worker-entry';
import { deserializeError, serializeError, type FromWorker, type ToWorker } from './protocol';

/**
 * The host's face of the core worker: a handler table with the contract's channels whose calls
 * travel to the worker and back, the worker's events re-emitted here, and the platform methods
 * (dialogs, printing, the system browser) answered on this thread for the worker. A crashed
 * worker fails the calls in flight with a clear message and is started again on the next call,
 * so a bug in one call cannot take the app down; SQLite's transactions mean nothing committed is lost.
 */

export interface CoreHostOptions {
  resourcesDir: string;
  userDataDir: string;
  platform: PlatformServices;
  log: AppLog;
  /** Default: core-worker.js next to this bundle (Electron), else core-worker.ts under tsx. */
  entry?: WorkerEntry | undefined;
}

export interface CoreHost {
  /** The one handler table, answered by the worker; bind it to IPC or HTTP as before. */
  table: HandlerTable;
  events: Pick<EventHub, 'subscribe'>;
  /** Resolves once the worker has opened the corpus and the notes (or rejects with why it could not). */
  ready(): Promise<void>;
  /** Closes the database and the search worker cleanly, then stops the thread. */
  close(): Promise<void>;
}

export function defaultCoreWorkerEntry(): WorkerEntry {
  const entry = findWorkerEntry(import.meta.url, 'core-worker');
  if (!entry) throw new Error('core-worker.js is missing from this build.');
  return entry;
}

const CLOSE_TIMEOUT_MS = 5000;
const MAX_RESTARTS = 3;

export function startCoreHost(options: CoreHostOptions): CoreHost {
  const entry = options.entry ?? defaultCoreWorkerEntry();
  const events = createEventHub((error) => options.log.error('an event sink failed', error));
  const platformMethods = Object.entries(options.platform)
    .filter(([, value]) => typeof value === 'function')
    .map(([key]) => key);
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  let nextId = 1;
  let restarts = 0;
  let closing = false;

  interface Running {
    worker: Worker;
    started: Promise<void>;
    exited: Promise<void>;
  }

  const launch = (): Running => {
    const worker = new Worker(entry.path, { execArgv: entry.execArgv ?? [], workerData: { dossierCore: true } });
    let markStarted!: () => void;
    let failStart!: (error: Error) => void;
    const started = new Promise<void>((resolve, reject) => {
      markStarted = resolve;
      failStart = reject;
    });
    // A start failure is reported by ready() and by every call; never an unhandled rejection.
    started.catch(() => {});
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const post = (message: ToWorker) => worker.postMessage(message);
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'started':
          return markStarted();
        case 'start-failed':
          options.log.error('the core worker could not start', deserializeError(message.error));
          return failStart(deserializeError(message.error));
        case 'reply': {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          return resolve?.(message.envelope);
        }
        case 'event':
          return events.emit(message.name as never, message.payload as never);
        case 'log':
          if (message.level === 'error') return options.log.error(message.message, message.error ? deserializeError(message.error) : undefined);
          return options.log[message.level](message.message);
        case 'platform-call':
          return void answerPlatform(message.method, message.args).then(
            (value) => post({ type: 'platform-reply', id: message.id, ok: true, value }),
            (error: unknown) => post({ type: 'platform-reply', id: message.id, ok: false, error: serializeError(error) }),
          );
      }
    });
    const stopped = (why: string) => {
      failStart(new Error(why));
      // Every call still waiting gets an answer, also when closing: a request left hanging
      // would hold one of the browser's few connections to the served app.
      const message = closing ? 'Dossier is closing.' : 'Dossier’s core stopped while answering; nothing you saved is lost. Try again.';
      for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'unavailable', message } });
      pending.clear();
      if (closing) return;
      options.log.error(`the core worker stopped: ${why}`);
      if (running?.worker === worker) running = undefined;
    };
    worker.on('error', (error) => stopped(error.stack ?? error.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    post({
      type: 'start',
      options: { resourcesDir: options.resourcesDir, userDataDir: options.userDataDir, platformName: options.platform.name, platformMethods, logPath: options.log.path },
    });
    return { worker, started, exited };
  };

  const answerPlatform = async (method: string, args: unknown[]): Promise<unknown> => {
    const fn = (options.platform as unknown as Record<string, unknown>)[method];
    if (typeof fn !== 'function' || !platformMethods.includes(method)) throw new DossierError('unavailable', `This host has no ${method}.`);
    return (fn as (...a: unknown[]) => unknown).apply(options.platform, args);
  };

  let running: Running | undefined = launch();
  const current = (): Running => {
    if (running) return running;
    if (closing) throw new DossierError('unavailable', 'Dossier is closing.');
    if (restarts >= MAX_RESTARTS) throw new DossierError('unavailable', 'Dossier’s core stopped several times; restart Dossier. The log says why.');
    restarts++;
    options.log.warn(`restarting the core worker (${restarts} of ${MAX_RESTARTS})`);
    running = launch();
    return running;
  };

  const call = async (channel: Channel, args: unknown[]): Promise<unknown> => {
    const target = current();
    const envelope = await new Promise<Envelope<unknown>>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      target.worker.postMessage({ type: 'call', id, channel, args } satisfies ToWorker);
    });
    if (envelope.ok) return envelope.value;
    // The host's dispatch turns this back into the same envelope (code and message kept).
    throw new DossierError(envelope.error.code, envelope.error.message);
  };

  const table = Object.fromEntries(CHANNELS.map((channel) => [channel, (...args: unknown[]) => call(channel, args)])) as unknown as HandlerTable;

  return {
    table,
    events,
    ready: () => current().started,
    async close() {
      if (closing) return;
      closing = true;
      const target = running;
      if (!target) return;
      target.worker.postMessage({ type: 'close' } satisfies ToWorker);
      const timer = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref());
      await Promise.race([target.exited, timer]);
      await target.worker.terminate();
    },
  };
}
