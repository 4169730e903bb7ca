/**
 * Events from main (or the served app's host) to the renderer: the one-way twin of the call
 * contract in ./index.ts. Each entry names an event and the payload it carries. A feature adds
 * its event here with one line in DossierEvents and one in EVENT_DESCRIPTIONS (the compiler
 * holds the two together). Zod-free: the preload and the renderer import it at run time.
 *
 * Delivery is best-effort and newest-wins: a page that subscribes late asks for the current
 * state with the matching call (e.g. getSearchStatus), then listens for changes.
 */
import type { AddStatus } from './add-documents';
import type { PassageRef } from '../passage-link';
import type { SearchStatus } from './search';

export interface DossierEvents {
  /** The search index changed state (indexing → ready or failed). */
  searchStatus: SearchStatus;
  /** The add-documents queue moved on (a file started or finished, a batch ended, the library changed). */
  addStatus: AddStatus;
  /** The OS handed the running app a `dossier://` passage link (clicked in an exported note). */
  openPassage: PassageRef;
  /** A native menu item the page also offers (one code path: the page runs it). */
  menuCommand: MenuCommand;
}

/** What the desktop app's menu can ask the page to do. */
export type MenuCommand = 'add-documents' | 'show-help';

export type EventName = keyof DossierEvents;
export type EventListener<E extends EventName> = (payload: DossierEvents[E]) => void;

/** One line per event, for docs and for the run-time list of names the bridges accept. */
export const EVENT_DESCRIPTIONS = {
  searchStatus: 'The search index changed state (indexing, ready, failed).',
  addStatus: 'Adding documents: progress per file and overall, the summary, library changes.',
  openPassage: 'A dossier:// passage link opened from outside the app (the desktop handed it over).',
  menuCommand: 'The desktop menu asked for something the page does (add documents, show help).',
} as const satisfies { [E in EventName]: string };

export const EVENT_NAMES = Object.freeze(Object.keys(EVENT_DESCRIPTIONS) as EventName[]);

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(EVENT_DESCRIPTIONS, name);
}

/**
 * What the bridge exposes for events: named functions, never a raw `on`. `subscribe` returns
 * an id to pass to `unsubscribe` (an id rather than a closure, so it crosses contextBridge as data).
 */
export interface DossierEventsApi {
  subscribe<E extends EventName>(event: E, listener: EventListener<E>): number;
  unsubscribe(id: number): void;
}

/** The Electron IPC channel every event travels on (the preload fans it out by name). */
export const EVENT_CHANNEL = 'dossier:event';
