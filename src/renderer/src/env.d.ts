import type { DossierApi } from '../../shared/api';

declare global {
  interface Window {
    /** The only way the renderer reaches the app: the preload bridge (or the web host's). */
    readonly dossier: DossierApi;
  }
}

export {};
