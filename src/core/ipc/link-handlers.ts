import type { LinksApi } from '../../shared/api/links';
import { checkExternalUrl } from '../../shared/external-url';
import { DossierError } from '../../shared/result';
import type { PlatformServices } from '../platform';

/** Link calls; the URL was already parsed by linksArgs, and is checked once more here. */
export function createLinkHandlers(platform: PlatformServices): LinksApi {
  return {
    getLinkCapabilities: async () => ({ opens: platform.openExternal ? 'system-browser' : 'new-tab' }),
    async openExternalLink(url) {
      const checked = checkExternalUrl(url);
      if (!checked) throw new DossierError('invalid-argument', 'Only web (http, https) and mailto links are opened.');
      if (!platform.openExternal) throw new DossierError('unavailable', 'This host opens links itself, in a new tab.');
      return { opened: await platform.openExternal(checked) };
    },
  };
}
