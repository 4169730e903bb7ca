import { dossier, errorMessage } from '../../app/dossier';
import { parsePassageLink } from '../../../../shared/passage-link';
import { openPassage } from '../library/open-passage';
import { showNotice } from './annotations-store';

let opens: 'system-browser' | 'new-tab' | null = null;
let asking: Promise<'system-browser' | 'new-tab'> | null = null;

/** How this host opens web links, asked once (in advance, so a click can decide at once). */
export function linkOpening(): Promise<'system-browser' | 'new-tab'> {
  asking ??= dossier()
    .getLinkCapabilities()
    .then((c) => (opens = c.opens))
    .catch(() => (opens = 'new-tab'));
  return asking;
}

async function openExternal(href: string): Promise<void> {
  try {
    const { opened } = await dossier().openExternalLink(href);
    if (!opened) showNotice({ kind: 'status', text: 'The link was not opened.' });
  } catch (error) {
    showNotice({ kind: 'alert', text: `The link could not be opened: ${errorMessage(error)}` });
  }
}

/**
 * A click inside a rendered note: a passage link opens the passage here; a web link opens in
 * a new tab (web host, the browser's own target=_blank with noopener) or through main after
 * the user confirms (desktop, where the window itself never navigates).
 */
export function onNoteClick(event: { target: EventTarget | null; preventDefault(): void }): void {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.note-link') : null;
  if (!link) return;
  const href = link.getAttribute('href') ?? '';
  const passage = parsePassageLink(href);
  if (passage) {
    event.preventDefault();
    void openPassage(passage);
    return;
  }
  if (opens === 'new-tab') return;
  event.preventDefault();
  void linkOpening().then((how) => (how === 'new-tab' ? void window.open(href, '_blank', 'noopener,noreferrer') : openExternal(href)));
}
