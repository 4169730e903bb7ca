import { parentPort, workerData } from 'node:worker_threads';
import { logToAppLog, runHandler } from '../ipc/dispatch';
import type { AppLog } from '../log/app-log';
import type { PlatformServices } from '../platform';
import { createCoreServices, createHandlers, type CoreServices } from '../services';
import type { Channel, HandlerTable } from '../../shared/api';
import type { Envelope } from '../../shared/result';
import { deserializeError, serializeError, type CoreStartOptions, type FromWorker, type ToWorker } from './protocol';

/**
 * Worker-thread entry (bundled to out/main/core-worker.js): the corpus, the annotation
 * database (synchronous `node:sqlite`), lazy document reads and the search service live here,
 * so the host's thread — Electron's main process — never blocks on them. Calls arrive already
 * validated by the host and are dispatched again here, against the same handler table.
 */

type Send = (message: FromWorker) => void;

export function runCoreWorker(send: Send, onMessage: (listener: (message: ToWorker) => void) => void, exit: () => void): void {
  let services: CoreServices | undefined;
  let table: HandlerTable | undefined;
  let nextPlatformId = 1;
  const platformCalls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const callHost = (method: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextPlatformId++;
      platformCalls.set(id, { resolve, reject });
      send({ type: 'platform-call', id, method, args });
    });

  const start = async (options: CoreStartOptions) => {
    const platform = { name: options.platformName } as PlatformServices & Record<string, unknown>;
    for (const method of options.platformMethods) platform[method] = (...args: unknown[]) => callHost(method, args);
    const log: AppLog = {
      path: options.logPath,
      info: (message) => send({ type: 'log', level: 'info', message }),
      warn: (message) => send({ type: 'log', level: 'warn', message }),
      error: (message, error) => send({ type: 'log', level: 'error', message, ...(error === undefined ? {} : { error: serializeError(error) }) }),
      flush: async () => {},
    };
    services = await createCoreServices({ resourcesDir: options.resourcesDir, userDataDir: options.userDataDir, platform, log });
    services.events.subscribe((name, payload) => send({ type: 'event', name, payload }));
    table = createHandlers(services);
  };

  let started: Promise<void> | undefined;
  let closed = false;

  // The host validated the arguments against the channel's schema; they are not parsed again here.
  const answer = async (channel: Channel, args: unknown[]): Promise<Envelope<unknown>> => {
    const unavailable = (message: string): Envelope<never> => ({ ok: false, error: { code: 'unavailable', message } });
    if (closed) return unavailable('Dossier is closing.');
    if (!table || !services) return unavailable('Dossier could not open its corpus and notes; see the log.');
    return runHandler(table, channel, args, logToAppLog(services.log));
  };
  onMessage((message) => {
    switch (message.type) {
      case 'start':
        started = start(message.options).then(
          () => send({ type: 'started' }),
          (error: unknown) => send({ type: 'start-failed', error: serializeError(error) }),
        );
        return;
      case 'call': {
        const { id, channel, args } = message;
        void (started ?? Promise.resolve()).then(async () => {
          send({ type: 'reply', id, envelope: await answer(channel, args) });
        });
        return;
      }
      case 'platform-reply': {
        const call = platformCalls.get(message.id);
        platformCalls.delete(message.id);
        if (message.ok) call?.resolve(message.value);
        else call?.reject(deserializeError(message.error));
        return;
      }
      case 'close':
        closed = true;
        void (started ?? Promise.resolve()).finally(() => {
          services?.close();
          exit();
        });
        return;
    }
  });
}

// Only as the host's core worker (never when a test runner's own worker imports this module).
if (parentPort && (workerData as { dossierCore?: unknown } | null)?.dossierCore === true) {
  const port = parentPort;
  runCoreWorker(
    (message) => port.postMessage(message),
    (listener) => port.on('message', listener),
    () => port.close(),
  );
}
