import { CHANNELS, type Channel, type DossierApi } from '../shared/api';
import { DossierError, type Envelope } from '../shared/result';

/** Sends one contract call to the host (ipcRenderer.invoke in Electron, a Playwright binding in tests). */
export type Invoke = (channel: Channel, args: unknown[]) => Promise<Envelope<unknown>>;

/**
 * Builds `window.dossier`: one named function per contract method, nothing else — no
 * generic send/on, so the page can only make the calls the contract lists. Envelopes
 * become resolved values or DossierErrors.
 */
export function createDossierApi(invoke: Invoke): DossierApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    api[channel] = async (...args: unknown[]) => {
      const result = await invoke(channel, args);
      if (result.ok) return result.value;
      throw new DossierError(result.error.code, result.error.message);
    };
  }
  return Object.freeze(api) as unknown as DossierApi;
}
