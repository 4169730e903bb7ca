import { BRIDGE_GLOBAL, createDossierClient, type DossierBridge, type DossierClient } from '../../../shared/api/bridge';

let client: DossierClient | undefined;

/**
 * The bridge, wrapped once: envelopes from the preload (or the served app's bridge) become
 * values or typed DossierErrors here, in the page, so `code` survives Electron's contextBridge.
 * Every feature imports it from here so tests can see one seam.
 */
export function dossier(): DossierClient {
  client ??= createDossierClient((window as unknown as Record<string, DossierBridge>)[BRIDGE_GLOBAL]!);
  return client;
}

/** Also as `window.dossier`, for the console and end-to-end specs. */
export function exposeDossier(): void {
  if (!('dossier' in window)) Object.defineProperty(window, 'dossier', { get: dossier, configurable: false });
}

/** A message fit to show the user for a rejected bridge call. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message.replace(/^Error invoking remote method '[^']+': (\w+Error: )?/u, '');
  return 'Something went wrong.';
}
