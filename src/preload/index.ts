import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannelName } from '../shared/api';
import type { Envelope } from '../shared/result';
import { createDossierApi } from './bridge';

// Only named contract functions cross into the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'dossier',
  createDossierApi((channel, args) => ipcRenderer.invoke(ipcChannelName(channel), ...args) as Promise<Envelope<unknown>>),
);
