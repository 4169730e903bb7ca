import type { DossierBridge } from '../shared/api/bridge';
import { isEventName, type EventName } from '../shared/api/events';
import type { Envelope } from '../shared/result';

/** Sends one contract call to the host (ipcRenderer.invoke in Electron, a fetch POST in the served app). */
export type Invoke = (channel: string, args: unknown[]) => Promise<Envelope<unknown>>;

/** Starts delivering host events (ipcRenderer.on inside the preload, EventSource in the served app); called once, on first subscribe. */
export type EventFeed = (deliver: (event: string, payload: unknown) => void) => void;

export interface BridgeOptions {
  invoke: Invoke;
  /** The contract's channel names (CHANNELS), passed in so this factory ships without the schemas. */
  channels: readonly string[];
  events?: EventFeed;
}

/**
 * Builds the bridge object exposed to the page: one named function per contract method
 * plus subscribe/unsubscribe — no generic send/on, so the page can only make the calls the
 * contract lists. Every call resolves with an envelope, even when the transport fails, so the
 * page (createDossierClient) builds the typed error whatever contextBridge copies.
 */
export function createDossierApi(options: BridgeOptions): DossierBridge {
  const api: Record<string, unknown> = {};
  for (const channel of options.channels) {
    api[channel] = async (...args: unknown[]): Promise<Envelope<unknown>> => {
      try {
        return await options.invoke(channel, args);
      } catch {
        return { ok: false, error: { code: 'unavailable', message: 'Dossier’s core did not answer. Try again; if it keeps failing, restart Dossier.' } };
      }
    };
  }

  const listeners = new Map<number, { event: EventName; listener: (payload: unknown) => void }>();
  let nextId = 1;
  let started = false;
  api.subscribe = (event: unknown, listener: unknown): number => {
    if (!isEventName(event)) throw new TypeError(`Unknown event "${String(event).slice(0, 40)}".`);
    if (typeof listener !== 'function') throw new TypeError('subscribe needs a listener function.');
    if (!started && options.events) {
      started = true;
      options.events((name, payload) => {
        if (!isEventName(name)) return;
        for (const entry of listeners.values()) {
          if (entry.event !== name) continue;
          try {
            entry.listener(payload);
          } catch {
            // One broken listener must not stop the others.
          }
        }
      });
    }
    const id = nextId++;
    listeners.set(id, { event, listener: listener as (payload: unknown) => void });
    return id;
  };
  api.unsubscribe = (id: unknown): void => {
    if (typeof id === 'number') listeners.delete(id);
  };
  return Object.freeze(api) as unknown as DossierBridge;
}
