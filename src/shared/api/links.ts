import { z } from 'zod';
import { checkExternalUrl, EXTERNAL_URL_MAX } from '../external-url';
import type { ArgSchemas } from './contract';

/** Links in notes (issue 13): how this host opens them, and opening one in the system browser. */
export interface LinksApi {
  /** Desktop: through main, after the user confirms. Web host: the browser opens a new tab itself. */
  getLinkCapabilities(): Promise<{ opens: 'system-browser' | 'new-tab' }>;
  /**
   * Asks the user, then opens an http(s) or mailto URL in the system browser; `opened` is false
   * when they said no. Refused (invalid-argument) for any other URL, whoever asks.
   */
  openExternalLink(url: string): Promise<{ opened: boolean }>;
}

export const externalUrlSchema = z
  .string()
  .max(EXTERNAL_URL_MAX, 'The link is too long to open.')
  .refine((url) => checkExternalUrl(url) !== null, 'Only web (http, https) and mailto links are opened.');

export const linksArgs: ArgSchemas<LinksApi> = {
  getLinkCapabilities: z.tuple([]),
  openExternalLink: z.tuple([externalUrlSchema]),
};
