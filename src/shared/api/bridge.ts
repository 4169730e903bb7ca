/**
 * What crosses from the host into the page, and how the page turns it into `window.dossier`.
 * Zod-free: the preload and the renderer import it at run time.
 *
 * Electron's contextBridge rebuilds a thrown Error from its message alone, so a DossierError
 * thrown in the preload reaches the page without its `code`. The bridge therefore never
 * throws: every call resolves with the result envelope (plain data, copied intact), and the
 * page builds the typed DossierError itself (createDossierClient, below).
 */
import type { ArgsOf, Channel, DossierApi, ResultOf } from './index';
import type { DossierEventsApi } from './events';
import { DossierError, type Envelope } from '../result';

/** Name of the global the preload (or the served app's bridge) exposes. */
export const BRIDGE_GLOBAL = 'dossierBridge';

export type EnvelopeApi = { [C in Channel]: (...args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>> };
export type DossierBridge = EnvelopeApi & DossierEventsApi;

/** `window.dossier`: contract calls that resolve with values or reject with DossierError, plus events. */
export type DossierClient = DossierApi & DossierEventsApi;

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  return v.ok === true || (v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string');
}

/** Page side: one function per bridge call, unwrapping envelopes; anything malformed is an `internal` error. */
export function createDossierClient(bridge: DossierBridge): DossierClient {
  const client: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(bridge)) {
    if (name === 'subscribe' || name === 'unsubscribe' || typeof fn !== 'function') continue;
    client[name] = async (...args: unknown[]) => {
      const result: unknown = await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
      if (!isEnvelope(result)) throw new DossierError('internal', `Dossier got an unreadable answer to ${name}.`);
      if (result.ok) return result.value;
      throw new DossierError(result.error.code, result.error.message);
    };
  }
  client.subscribe = bridge.subscribe;
  client.unsubscribe = bridge.unsubscribe;
  return Object.freeze(client) as unknown as DossierClient;
}
