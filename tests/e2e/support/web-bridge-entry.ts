// Bundled into an init script for the web host: the same bridge factory as the preload,
// with a Playwright binding standing in for ipcRenderer.invoke.
import { createDossierApi } from '../../../src/preload/bridge';
import type { Envelope } from '../../../src/shared/result';

type Binding = (channel: string, args: unknown[]) => Promise<Envelope<unknown>>;
const invoke = (window as unknown as { __dossierInvoke: Binding }).__dossierInvoke;

Object.defineProperty(window, 'dossier', {
  value: createDossierApi((channel, args) => invoke(channel, args)),
  writable: false,
  configurable: false,
});
