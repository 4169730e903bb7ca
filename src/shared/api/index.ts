/**
 * The one IPC contract. Every call the renderer may make is a method of DossierApi;
 * channel names, argument tuples and result types are derived from it, never retyped.
 */
import type { ArgSchemas } from './contract';
import { addDocumentsArgs, type AddDocumentsApi } from './add-documents';
import { annotationsArgs, type AnnotationsApi } from './annotations';
import { corpusArgs, type CorpusApi } from './corpus';
import { corpusViewArgs, type CorpusViewApi } from './corpus-view';
import { correctionsArgs, type CorrectionsApi } from './corrections';
import { exportArgs, type ExportApi } from './export';
import { linksArgs, type LinksApi } from './links';
import { searchArgs, type SearchApi } from './search';
import { searchMemoryArgs, type SearchMemoryApi } from './search-memory';
import { searchExportArgs, type SearchExportApi } from './search-export';

export interface DossierApi extends CorpusApi, SearchApi, AnnotationsApi, ExportApi, CorpusViewApi, LinksApi, AddDocumentsApi, SearchMemoryApi, SearchExportApi, CorrectionsApi {}

export type Channel = keyof DossierApi;
export type ArgsOf<C extends Channel> = Parameters<DossierApi[C]>;
export type ResultOf<C extends Channel> = Awaited<ReturnType<DossierApi[C]>>;

/** What main (and the web host) runs for each channel, after the payload is parsed. */
export type HandlerTable = { [C in Channel]: (...args: ArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C> };

export const argSchemas: ArgSchemas<DossierApi> = {
  ...corpusArgs,
  ...searchArgs,
  ...annotationsArgs,
  ...exportArgs,
  ...corpusViewArgs,
  ...linksArgs,
  ...searchMemoryArgs,
  ...searchExportArgs,
  ...addDocumentsArgs,
  ...correctionsArgs,
};

export const CHANNELS = Object.freeze(Object.keys(argSchemas) as Channel[]);

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(argSchemas, name);
}

/** The Electron IPC channel name for a contract method. */
export function ipcChannelName(channel: Channel): string {
  return `dossier:${channel}`;
}

export type { CorpusApi, SearchApi, AnnotationsApi, ExportApi, CorpusViewApi, LinksApi, AddDocumentsApi, SearchMemoryApi, SearchExportApi, CorrectionsApi };
