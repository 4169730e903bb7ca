import type { ExportEntry, ExportGroup, ExportModel } from './export-model';
import { displayInstant } from './export-model';
import { neutraliseNoteInline } from './note-inline-safety';
import { passageLink } from '../../shared/passage-link';
import { describeCorrection } from '../../shared/corrections';

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

/** Keeps a note's Markdown but makes sure it cannot leave its section nor link anywhere unsafe. */
export function confineNote(note: string): string {
  const lines = note.replace(/\r\n?/gu, '\n').split('\n');
  const out: string[] = [];
  const fenced: boolean[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const opener = FENCE.exec(line)?.[1];
    if (fence !== null) {
      out.push(line);
      fenced.push(true);
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = null;
      continue;
    }
    if (opener && !(opener[0] === '`' && line.slice(line.indexOf(opener) + opener.length).includes('`'))) {
      fence = opener;
      out.push(line);
      fenced.push(true);
      continue;
    }
    out.push(BREAKS_OUT.some((re) => re.test(line)) ? line.replace(/^( {0,3})(\S)/u, '$1\\$2') : line);
    fenced.push(false);
  }
  if (fence !== null) {
    out.push(fence);
    fenced.push(true);
  }
  return neutraliseNoteInline(out.join('\n'), fenced).replace(/\s+$/u, '');
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

/** The corrections after the notes: what each one corrected, what it says, when. */
function correctionsMarkdown(corrections: ExportModel['corrections']): string {
  const rows = corrections.map((c) => `- ${escapeMarkdownInline(c.label)}: ${escapeMarkdownInline(describeCorrection(c))} (\`${c.target.replace(/`/gu, '')}\`, ${displayInstant(c.created)})`);
  return [`# Corrections to extraction`, '', `${corrections.length} ${corrections.length === 1 ? 'correction' : 'corrections'}, newest first.`, '', ...rows].join('\n');
}

export function writeMarkdown(model: ExportModel): string {
  const parts = model.groups.map(groupMarkdown);
  if (model.corrections.length) parts.push(correctionsMarkdown(model.corrections));
  return `${parts.join('\n\n---\n\n')}\n`;
}
