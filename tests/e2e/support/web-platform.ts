import type { PlatformServices } from '../../../src/core/platform';

/** The web host's platform services: no native dialogs, so the renderer downloads files itself. */
export function createWebPlatform(): PlatformServices {
  return { name: 'web' };
}
