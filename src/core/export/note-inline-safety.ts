import { isSafeLinkTarget } from './link-target';

/**
 * Makes a note's Markdown unable to produce a link to anything but http(s)/mailto, or raw
 * HTML, in any CommonMark renderer. It works on the whole note, not line by line and not
 * "outside code spans only": which text a renderer takes as code depends on precedence
 * (an autolink or a backslash escape that starts first wins over a backtick, CommonMark
 * §6.1), on code spans that run over several lines and on block structure (a fence inside
 * a list item ends with the item). A model of that which is wrong once would let a
 * `<vb:…>` through. So every dangerous construct is neutralised wherever it is, code or
 * not: its `<` is written `&lt;`, or a backslash goes before the character that opens it.
 * Our own idea of what is code is used only to leave harmless things alone (a bare `<b>`
 * in a code span, `%%`). In code the cost is a visible `&lt;` or `\`; safety comes first.
 *
 * Neutralised:
 * - `<scheme:…>` autolinks (§6.5: scheme of 2–32 letters, digits, `+.-`) whose target is
 *   not http(s)/mailto; email autolinks become mailto: links and stay;
 * - the `<` of anything that could be raw HTML or start an HTML block (§6.6, §4.6);
 * - `](` before a destination that is not http(s)/mailto (or is on a line we cannot see);
 * - `]:` of a possible link reference definition (§4.7) with such a destination;
 * - the colon of a bare `ftp:`/`xmpp:` URL, which GFM renderers would link.
 */

/** A URI autolink at the start of the string. Wider than §6.5 (allows controls), never narrower. */
const AUTOLINK_URI = /<([a-z][a-z0-9+.-]{1,31}:[^<>\n\r ]*)>/iuy;
/**
 * The start of one, closed or not: a `<` spelled `&lt;` later on the line could close it
 * ("<java:</a>" becomes "<java:&lt;/a>"), so an unsafe scheme is enough to neutralise it.
 */
const AUTOLINK_START = /<([a-z][a-z0-9+.-]{1,31}:[^<>\n\r ]{0,64})/iuy;
/** Schemes GFM renderers link without brackets (cmark-gfm: xmpp:, marked: ftp://); not http(s)/mailto. */
const BARE_SCHEME = /(?:ftp|xmpp)(?=:)/giu;
/** An email autolink (§6.5); a renderer turns it into a mailto: link, which is allowed. */
const AUTOLINK_EMAIL = /<[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*>/iuy;
/** What may open raw HTML: a tag name, `</`, `<!` (comment, declaration, CDATA) or `<?`. */
const HTML_OPENER = /<(?:[/!?]|[a-z][a-z0-9-]*(?:[\s/>]|$))/iuy;
/** A tag without attributes; harmless inside code, unless it opens a raw-text element. */
const BARE_TAG = /<\/?([a-z][a-z0-9-]*)\s*\/?>/iuy;
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** A line prefix made only of indentation and container markers (block quote, list item). */
const CONTAINER_PREFIX = /^[ \t>*+\-\d.)]*$/u;
/** `[label]:` where the label starts after a container prefix: a possible definition. */
const DEFINITION_LABEL = /^[ \t>*+\-\d.)]*\[((?:\\[^]|[^[\]\\]){1,999})\]:/gmu;

/** `re` (sticky) matched at `at`. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** True when text[i] is preceded by an odd run of backslashes (so it is already escaped). */
function escapedAt(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

function startsLine(text: string, i: number): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return CONTAINER_PREFIX.test(text.slice(lineStart, i));
}

/**
 * A link destination as a renderer would read it at `from` (§6.3, §4.7): after spaces and
 * at most one line ending, `<…>` or a run without spaces and unbalanced ")". Null when there
 * is none (then a definition is no definition and an inline link no link, so escaping is moot).
 */
export function destinationAt(text: string, from: number): string | null {
  // A window is enough: only the decoded start of a destination decides, and a cut one fails closed.
  const rest = text.slice(from, from + 4096).replace(/^[ \t]*(?:\n[ \t]*)?/u, '');
  if (rest === '' || rest.startsWith('\n')) return null;
  if (rest.startsWith('<')) {
    const end = rest.search(/(?<!\\)[>\n]/u);
    return end < 0 ? rest.slice(1) : rest.slice(1, end);
  }
  let depth = 0;
  let i = 0;
  for (; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
    else if (c === ' ' || c === '\t' || c === '\n') break;
  }
  return rest.slice(0, i);
}

const safeDestination = (text: string, from: number): boolean => {
  const destination = destinationAt(text, from);
  return destination !== null && destination !== '' && isSafeLinkTarget(destination);
};

/**
 * Where code spans are, by our best reading (§6.1 with backslash escapes and autolinks
 * taking precedence; a span does not cross a blank line). Used only to spare harmless text.
 */
function paragraphEnd(text: string, from: number): number {
  const blank = /\n[ \t]*\n/gu;
  blank.lastIndex = from;
  return blank.exec(text)?.index ?? text.length;
}

function codeSpanMask(text: string, code: Uint8Array): void {
  let limit = -1;
  for (let i = 0; i < text.length; i++) {
    if (i >= limit) limit = paragraphEnd(text, i);
    if (code[i]) continue;
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '<') {
      const auto = execAt(AUTOLINK_URI, text, i) ?? execAt(AUTOLINK_EMAIL, text, i);
      if (auto) i += auto[0].length - 1;
      continue;
    }
    if (c !== '`') continue;
    let run = 1;
    while (text[i + run] === '`') run++;
    let close = -1;
    for (let j = i + run; j < limit; j++) {
      if (text[j] !== '`') continue;
      let n = 1;
      while (text[j + n] === '`') n++;
      if (n === run) {
        close = j;
        break;
      }
      j += n - 1;
    }
    if (close < 0) {
      i += run - 1;
      continue;
    }
    code.fill(1, i, close + run);
    i = close + run - 1;
  }
}

/**
 * `fenced[k]` is true for the lines of the note inside (or opening/closing) a code fence, as
 * the caller read them. Returns the text with those edits; nothing else changes.
 */
export function neutraliseNoteInline(text: string, fenced: readonly boolean[]): string {
  const code = new Uint8Array(text.length);
  let offset = 0;
  text.split('\n').forEach((line, k) => {
    if (fenced[k]) code.fill(1, offset, offset + line.length + 1);
    offset += line.length + 1;
  });
  codeSpanMask(text, code);

  // Edits by position: a backslash before a character, or a `<` spelled `&lt;`.
  const edits = new Map<number, 'backslash' | 'entity'>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      const uri = execAt(AUTOLINK_START, text, i);
      if (uri) {
        if (!isSafeLinkTarget(uri[1] ?? '')) edits.set(i, 'entity');
        continue;
      }
      if (execAt(AUTOLINK_EMAIL, text, i) || !execAt(HTML_OPENER, text, i)) continue;
      const bare = execAt(BARE_TAG, text, i);
      const harmless = code[i] === 1 && bare !== null && !RAW_TEXT_ELEMENTS.has((bare[1] ?? '').toLowerCase()) && !startsLine(text, i);
      if (!harmless) edits.set(i, 'entity');
    } else if (c === ']' && text[i + 1] === '(') {
      if (!safeDestination(text, i + 2)) edits.set(i + 1, 'backslash');
    } else if (c === '%' && text[i + 1] === '%' && code[i] !== 1) {
      // Obsidian's comment delimiter: it would hide the rest of the file.
      edits.set(i, 'backslash').set(i + 1, 'backslash');
      i++;
    }
  }
  for (const m of text.matchAll(DEFINITION_LABEL)) {
    const colon = (m.index ?? 0) + m[0].length - 1;
    if (!safeDestination(text, colon + 1)) edits.set(colon, 'backslash');
  }

  for (const m of text.matchAll(BARE_SCHEME)) edits.set((m.index ?? 0) + m[0].length, 'backslash');

  if (edits.size === 0) return text;
  let out = '';
  let last = 0;
  for (const [at, edit] of [...edits].sort((a, b) => a[0] - b[0])) {
    if (edit === 'backslash') {
      out += `${text.slice(last, at)}\\`;
      last = at;
    } else {
      // An entity, not a backslash: a GFM bare URL just before would swallow the backslash
      // ("https://x.org\<a href=…>" ends the URL at "<" and leaves a live tag), and a
      // backslash the note already had before the "<" is dropped for the same reason.
      out += `${text.slice(last, escapedAt(text, at) ? at - 1 : at)}&lt;`;
      last = at + 1;
    }
  }
  return out + text.slice(last);
}
