import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/api/bridge';
import { EVENT_CHANNEL } from '../shared/api/events';
import type { Envelope } from '../shared/result';
import { createDossierApi } from './bridge';

/** The contract's channel names, inlined at build time (electron.vite.config.ts) so zod stays out of this bundle. */
declare const __DOSSIER_CHANNELS__: readonly string[];

// Only named contract functions and subscribe/unsubscribe cross into the page; ipcRenderer never does.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createDossierApi({
    channels: __DOSSIER_CHANNELS__,
    invoke: (channel, args) => ipcRenderer.invoke(`dossier:${channel}`, ...args) as Promise<Envelope<unknown>>,
    events: (deliver) => ipcRenderer.on(EVENT_CHANNEL, (_event, name: string, payload: unknown) => deliver(name, payload)),
  }),
);
