/**
 * `dossier://` passage links from outside the app: exported notes link back to their passage,
 * and clicking one in a Markdown viewer should open Dossier there. The OS hands the link over
 * three ways: on the command line of a fresh start (Windows, Linux), on the command line of a
 * second instance (forwarded by the single-instance lock), and as macOS's `open-url` event.
 * Every link is parsed strictly (shared/passage-link) before it reaches the page; anything
 * else on a command line is ignored.
 */
import { resolve } from 'node:path';
import type { App } from 'electron';
import { passageLinkInArgv, type PassageRef } from '../shared/passage-link';

export const PASSAGE_PROTOCOL = 'dossier';

export interface PassageLinkTarget {
  /** The page is loaded and listening: hand it the passage. */
  ready(): boolean;
  /** Give the passage to the page (the openPassage event) and bring the window forward. */
  deliver(ref: PassageRef): void;
}

export interface PassageLinks {
  /** A link waiting for the first window: its `#open=` route, to append to the window's URL. */
  takeInitialRoute(): string;
  /** A second instance's command line (the `second-instance` event). */
  fromArgv(argv: readonly string[]): void;
}

/**
 * Registers Dossier as the OS handler for `dossier:` links and routes the links it is handed.
 * Not registered for throwaway test profiles (DOSSIER_USER_DATA): a test run must not take
 * over the user's link handler.
 */
export function installPassageLinks(app: App, target: PassageLinkTarget, argv = process.argv): PassageLinks {
  if (!process.env.DOSSIER_USER_DATA) {
    // Run from source (`electron .`) the OS must start Electron with the app's folder.
    if (process.defaultApp && argv[1]) app.setAsDefaultProtocolClient(PASSAGE_PROTOCOL, process.execPath, [resolve(argv[1])]);
    else app.setAsDefaultProtocolClient(PASSAGE_PROTOCOL);
  }
  let pending: string | undefined = passageLinkInArgv(argv.slice(1))?.link;
  const take = (found: ReturnType<typeof passageLinkInArgv>) => {
    if (!found) return;
    if (target.ready()) target.deliver(found.ref);
    else pending = found.link;
  };
  app.on('open-url', (event, url) => {
    event.preventDefault();
    take(passageLinkInArgv([url]));
  });
  return {
    takeInitialRoute() {
      const link = pending;
      pending = undefined;
      return link ? `#open=${encodeURIComponent(link)}` : '';
    },
    fromArgv(commandLine) {
      take(passageLinkInArgv(commandLine.slice(1)));
    },
  };
}
