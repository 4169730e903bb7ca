// The served app's preload: `npm run serve` and the e2e web host put this bundle in front of
// the renderer. Same bridge factory as Electron's preload; calls are fetch POSTs carrying the
// launch token, events arrive over server-sent events.
import { BRIDGE_GLOBAL } from '../shared/api/bridge';
import { EVENT_NAMES } from '../shared/api/events';
import type { Envelope } from '../shared/result';
import { createDossierApi } from './bridge';

interface ServeConfig {
  token: string;
  channels: string[];
  callPrefix: string;
  eventsPath: string;
}

/** Put in front of this bundle by the server (bridgeWithConfig). */
declare const DOSSIER_SERVE: ServeConfig;

const config = DOSSIER_SERVE;

async function invoke(channel: string, args: unknown[]): Promise<Envelope<unknown>> {
  const response = await fetch(`${config.callPrefix}${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': config.token },
    body: JSON.stringify({ args }),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  return (await response.json()) as Envelope<unknown>;
}

function events(deliver: (event: string, payload: unknown) => void): void {
  const source = new EventSource(`${config.eventsPath}?token=${encodeURIComponent(config.token)}`);
  const onMessage = (message: MessageEvent<string>) => {
    try {
      deliver(message.type, JSON.parse(message.data));
    } catch {
      // A frame that is not JSON is dropped; the next state change carries the truth.
    }
  };
  // EventSource dispatches by event name; listen for every name the server may send.
  for (const name of EVENT_NAMES) source.addEventListener(name, onMessage as EventListener);
}

Object.defineProperty(window, BRIDGE_GLOBAL, {
  value: createDossierApi({ invoke, channels: config.channels, events }),
  writable: false,
  configurable: false,
  enumerable: false,
});
