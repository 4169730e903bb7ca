import type { ExportEntry, ExportGroup, ExportModel } from './export-model';
import { displayInstant } from './export-model';
import { isSafeLinkTarget } from './link-target';
import { passageLink } from '../../shared/passage-link';

/**
 * Markdown export for Obsidian and GitHub (CommonMark + GFM). Quotes and titles are
 * document text: every character that could become syntax is escaped. Notes are Markdown by
 * design and kept, but confined to their section: lines that would open a heading, a
 * thematic break, a setext underline, an HTML block or an Obsidian comment are escaped,
 * and an unclosed code fence is closed (otherwise it would swallow the rest of the file).
 */

/** Inline syntax characters (CommonMark §2.4: any ASCII punctuation may be backslash-escaped). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/gu;

/** Escapes document text so it renders literally, as one paragraph line. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/giu, '\\&') // would be read as an entity
    .replace(/%%/gu, '\\%\\%') // Obsidian comment delimiter
    .replace(/(^|\s)#(?=[^\s#])/gu, '$1\\#') // Obsidian would read "#word" in a quote as a tag
    .replace(/^(\s*)([#+=-])/u, '$1\\$2') // heading, list item, setext underline
    .replace(/^(\s*\d+)([.)])/u, '$1\\$2') // ordered list item
    .replace(/\s+$/u, ''); // trailing spaces would be a hard line break
}

/** Document text (possibly several paragraphs) as a blockquote that cannot end early. */
export function markdownBlockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => {
      const escaped = escapeMarkdownInline(line.trim());
      return escaped ? `> ${escaped}` : '>';
    })
    .join('\n');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const BREAKS_OUT = [
  /^ {0,3}#{1,6}(?:\s|$)/u, // ATX heading
  /^ {0,3}(?:[-*_=]\s*){3,}$/u, // thematic break or setext underline
  /^ {0,3}=+\s*$/u, // setext H1 underline
  /^ {0,3}-+\s*$/u, // setext H2 underline
];

/**
 * Raw HTML in a note (a tag, comment or declaration, but not an <https://…> autolink): shown
 * as text. An unclosed <!--, <textarea> or <plaintext> would otherwise swallow the rest.
 */
const RAW_HTML = /<(?=[/!?]|[a-z][a-z0-9-]*(?:[\s/>]|$))/giu;
/** `<scheme:…>`: a CommonMark autolink (§6.5); only http(s)/mailto ones stay links. */
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/giu;
/** `[label]: destination` at the start of a line: a link reference definition (§4.7). */
const REFERENCE_DEFINITION = /^( {0,3})\[((?:[^\]\\]|\\.)+)\]:(.*)$/u;

/** The destination after "](" (§6.3): `<…>` or a run without spaces and unbalanced ")". */
function inlineDestination(rest: string): string | null {
  const text = rest.replace(/^[ \t]+/u, '');
  if (text === '') return null; // on the next line: not checkable here, so not kept as a link
  if (text.startsWith('<')) {
    const end = text.search(/(?<!\\)>/u);
    return end < 0 ? text.slice(1) : text.slice(1, end);
  }
  let depth = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
    else if (c === ' ' || c === '\t') break;
  }
  return text.slice(0, i);
}

/** Inline links and images whose target is not http(s)/mailto become text: "](" is escaped. */
function neutraliseInlineLinks(part: string): string {
  return part.replace(/\]\(/gu, (match, offset: number) => {
    const destination = inlineDestination(part.slice(offset + 2));
    return destination !== null && isSafeLinkTarget(destination) ? match : ']\\(';
  });
}

/** A reference definition with an unsafe (or not yet known, next-line) target is escaped into text. */
function neutraliseDefinition(line: string): string {
  const m = REFERENCE_DEFINITION.exec(line);
  if (!m) return line;
  const rest = (m[3] ?? '').trim();
  const destination = rest.startsWith('<') ? rest.slice(1, Math.max(1, rest.indexOf('>'))) : (rest.split(/\s/u)[0] ?? '');
  return destination !== '' && isSafeLinkTarget(destination) ? line : `${m[1] ?? ''}\\${line.slice((m[1] ?? '').length)}`;
}

/** Applies `fix` to the parts of a line outside `code spans` (CommonMark §6.1: equal backtick runs). */
function outsideCodeSpans(line: string, fix: (text: string) => string): string {
  const parts = line.split(/(`+)/u);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      const close = parts.indexOf(part, i + 2);
      if (close > 0 && (close - i) % 2 === 0) {
        out += parts.slice(i, close + 1).join('');
        i = close;
        continue;
      }
      out += part;
    } else out += fix(part);
  }
  return out;
}

/** Keeps a note's Markdown but makes sure it cannot leave its section. */
export function confineNote(note: string): string {
  const lines = note.replace(/\r\n?/gu, '\n').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const opener = FENCE.exec(line)?.[1];
    if (fence !== null) {
      out.push(line);
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = null;
      continue;
    }
    if (opener && !(opener[0] === '`' && line.slice(line.indexOf(opener) + opener.length).includes('`'))) {
      fence = opener;
      out.push(line);
      continue;
    }
    let safe = outsideCodeSpans(neutraliseDefinition(line), (part) =>
      neutraliseInlineLinks(
        part
          .replace(/%%/gu, '\\%\\%')
          .replace(RAW_HTML, '\\<')
          .replace(AUTOLINK, (whole, target: string) => (isSafeLinkTarget(target) ? whole : `\\${whole}`)),
      ),
    );
    if (BREAKS_OUT.some((re) => re.test(safe))) safe = safe.replace(/^( {0,3})(\S)/u, '$1\\$2');
    out.push(safe);
  }
  if (fence !== null) out.push(fence);
  return out.join('\n').replace(/\s+$/u, '');
}

/**
 * A tag as an Obsidian/GitHub-friendly hashtag: whitespace and punctuation become "-",
 * + # & @ are spelled out ("c++" → "#cplusplus"), other characters outside
 * letters, digits, "_", "-", "/" are dropped; an all-digit tag gets a "tag-" prefix
 * (Obsidian requires a non-digit). Null when nothing usable is left.
 */
export function hashtag(tag: string): string | null {
  const cleaned = tag
    .trim()
    .replace(/^#+/u, '')
    .replace(/\+/gu, 'plus')
    .replace(/#/gu, 'sharp')
    .replace(/&/gu, 'and')
    .replace(/@/gu, 'at')
    .replace(/[\s.,;:]+/gu, '-')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '')
    .replace(/-{2,}/gu, '-')
    .replace(/^[-/]+|[-/]+$/gu, '');
  if (!cleaned) return null;
  return /^\d+$/u.test(cleaned) ? `#tag-${cleaned}` : `#${cleaned}`;
}

/**
 * Tags keep their text: a tag that is already a valid hashtag is written as one (Obsidian
 * and GitHub link it); any other ("🇰🇵 flag", "North Korea") is written as itself, quoted,
 * never cut down to whatever part of it a hashtag could hold.
 */
export function tagMarkdown(tag: string): string {
  const text = tag.trim();
  return hashtag(text) === `#${text}` ? `#${text}` : `“${escapeMarkdownInline(text)}”`;
}

function tagsLine(tags: readonly string[]): string {
  return tags.map(tagMarkdown).join(', ');
}

function entryMarkdown(entry: ExportEntry, index: number): string {
  const a = entry.annotation;
  const where = entry.paragraphNumber === null ? 'paragraph unknown' : `paragraph ${entry.paragraphNumber}`;
  const parts = [`## ${index}. ${a.note.trim() ? 'Note' : 'Highlight'}, ${where}`, '', markdownBlockquote(a.target.quote.exact), ''];
  const note = confineNote(a.note);
  if (note) parts.push(note, '');
  // One paragraph, not a list: a list here would merge with a list the note ends with.
  const meta: string[] = [];
  if (a.tags.length > 0) meta.push(`Tags: ${tagsLine(a.tags)}`);
  meta.push(`Colour: ${a.colour}`);
  meta.push(`Paragraph ${entry.paragraphNumber ?? '?'} (\`${entry.paragraphId.replace(/`/gu, '')}\`)`);
  meta.push(`Created ${displayInstant(a.created)}${a.modified !== a.created ? `, modified ${displayInstant(a.modified)}` : ''}`);
  // Back to the passage: the app opens dossier:// links (from a note, or its #open= route).
  meta.push(`[Open in Dossier](<${passageLink({ documentId: a.target.documentId, paragraphId: entry.paragraphId, annotationId: a.id }).replace(/[<>\s]/gu, encodeURIComponent)}>)`);
  parts.push(meta.join(' · '));
  return parts.join('\n');
}

function groupMarkdown(group: ExportGroup): string {
  const d = group.document;
  const header = [`# ${escapeMarkdownInline(d.title) || 'Untitled document'}`, ''];
  const facts: string[] = [];
  if (d.source) facts.push(`- Source: ${escapeMarkdownInline(d.source)}`);
  if (d.published) facts.push(`- Published: ${escapeMarkdownInline(d.published)}`);
  if (d.url && /^https?:\/\//iu.test(d.url)) facts.push(`- Link: <${d.url.replace(/[<>\s]/gu, encodeURIComponent)}>`);
  facts.push(`- Document id: \`${d.id.replace(/`/gu, '')}\``);
  facts.push(`- Annotations: ${group.entries.length}`);
  header.push(...facts);
  const entries = group.entries.map((e, i) => entryMarkdown(e, i + 1));
  return [header.join('\n'), ...entries].join('\n\n');
}

export function writeMarkdown(model: ExportModel): string {
  return `${model.groups.map(groupMarkdown).join('\n\n---\n\n')}\n`;
}
