import type { DossierBridge, DossierClient } from '../../shared/api/bridge';

declare global {
  interface Window {
    /** What the preload (or the served app's bridge) exposes: calls that resolve with envelopes, plus events. */
    readonly dossierBridge: DossierBridge;
    /** The bridge unwrapped in the page (app/dossier.ts): values or typed DossierErrors. */
    readonly dossier: DossierClient;
  }
}

export {};
