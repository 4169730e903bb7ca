/**
 * Links back to a passage, `dossier://open?document=…&paragraph=…&annotation=…`: written
 * into exports next to each note, and opened by the app (a note linking to one, the
 * `#open=` route of the window). Parsing is strict: only our scheme, only these keys.
 */
export const PASSAGE_SCHEME = 'dossier:';

export interface PassageRef {
  documentId: string;
  paragraphId?: string;
  annotationId?: string;
}

export function passageLink(ref: PassageRef): string {
  const params = new URLSearchParams({ document: ref.documentId });
  if (ref.paragraphId) params.set('paragraph', ref.paragraphId);
  if (ref.annotationId) params.set('annotation', ref.annotationId);
  return `dossier://open?${params.toString()}`;
}

const ID = /^[^\p{Cc}]{1,512}$/u;

/** The passage a link points to, or null for anything that is not a well-formed passage link. */
export function parsePassageLink(link: string): PassageRef | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== PASSAGE_SCHEME || url.hostname !== 'open' || (url.pathname !== '' && url.pathname !== '/')) return null;
  const documentId = url.searchParams.get('document');
  if (!documentId || !ID.test(documentId)) return null;
  const ref: PassageRef = { documentId };
  for (const [key, field] of [['paragraph', 'paragraphId'], ['annotation', 'annotationId']] as const) {
    const value = url.searchParams.get(key);
    if (value === null) continue;
    if (!ID.test(value)) return null;
    ref[field] = value;
  }
  for (const key of url.searchParams.keys()) if (!['document', 'paragraph', 'annotation'].includes(key)) return null;
  return ref;
}

/**
 * The passage link the OS handed the app on its command line (Windows and Linux start the app,
 * or a second instance, with the clicked `dossier://` link as an argument). The last well-formed
 * link wins; anything else on the line (flags, paths, malformed links) is ignored.
 */
export function passageLinkInArgv(argv: readonly string[]): { link: string; ref: PassageRef } | null {
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i]!;
    if (!arg.toLowerCase().startsWith(PASSAGE_SCHEME)) continue;
    const ref = parsePassageLink(arg);
    if (ref) return { link: passageLink(ref), ref };
  }
  return null;
}
