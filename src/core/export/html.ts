import { createHash } from 'node:crypto';
import { Marked, type Tokens } from 'marked';
import type { Colour } from '../../shared/annotations';
import { describeCorrection } from '../../shared/corrections';
import { displayInstant, type ExportEntry, type ExportGroup, type ExportModel } from './export-model';
import { isSafeLinkTarget } from './link-target';
import { confineNote } from './markdown';

/**
 * Standalone HTML export, also the source of the PDF. Safety is layered: every piece of
 * document text is escaped; notes are rendered from Markdown with raw HTML turned into
 * text, links limited to http(s)/mailto and images reduced to their alt text; and a CSP
 * meta allows nothing but the page's own stylesheet (by hash), so even a mistake here
 * cannot run script or fetch anything when the file is opened.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}


const noteMarkdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      if (!isSafeLinkTarget(href)) return label;
      const t = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${t} rel="noopener noreferrer">${label}</a>`;
    },
    image({ text }: Tokens.Image) {
      return `<span class="image-alt">[image: ${escapeHtml(text)}]</span>`;
    },
  },
});

/**
 * A note's Markdown as HTML with no raw HTML, no script-capable URLs and no remote images.
 * It is confined first, as in the Markdown export: a note cannot add headings or rules to
 * the page, and an unclosed code fence ends with the note.
 */
export function renderNoteHtml(note: string): string {
  return (noteMarkdown.parse(confineNote(note)) as string).trim();
}

/** Highlight colours as on screen, light enough to print. */
export const COLOUR_HEX: Record<Colour, string> = {
  yellow: '#fff3a3',
  green: '#c8f0c0',
  blue: '#c6e2ff',
  pink: '#ffd1e3',
  purple: '#e3d4ff',
};

const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #1d1d1f; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
header.export { border-bottom: 2px solid #1d1d1f; margin-bottom: 2rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .25rem; line-height: 1.3; }
.facts, .meta { font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #555; margin: .25rem 0 1rem; }
.annotation { margin: 1.25rem 0; padding: 0 0 1rem; border-bottom: 1px solid #ddd; break-inside: avoid; page-break-inside: avoid; }
blockquote { margin: 0 0 .75rem; padding: .5rem .75rem; border-left: 4px solid #999; white-space: pre-wrap; }
${Object.entries(COLOUR_HEX).map(([name, hex]) => `.colour-${name} blockquote { background: ${hex}; }`).join('\n')}
.note { margin: 0 0 .5rem; }
.note > :first-child { margin-top: 0; }
.note pre { white-space: pre-wrap; background: #f4f4f4; padding: .5rem; }
.tag { display: inline-block; border: 1px solid #bbb; border-radius: 3px; padding: 0 .3rem; margin-right: .25rem; }
a { color: #0b57d0; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; color: #555; }
}
`.trim();

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** Nothing may load or run; only the inline stylesheet, pinned by hash (CSP3 hash-source). */
export const EXPORT_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;

function entryHtml(entry: ExportEntry): string {
  const a = entry.annotation;
  const note = a.note.trim() ? `\n<div class="note">${renderNoteHtml(a.note)}</div>` : '';
  const tags = a.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('');
  const meta = [
    tags ? `Tags: ${tags}` : '',
    `Colour: ${escapeHtml(a.colour)}`,
    `Paragraph ${entry.paragraphNumber ?? '?'}`,
    `Created ${escapeHtml(displayInstant(a.created))}`,
  ].filter(Boolean);
  return `<section class="annotation colour-${escapeHtml(a.colour)}">
<blockquote>${escapeHtml(a.target.quote.exact)}</blockquote>${note}
<p class="meta">${meta.join(' · ')}</p>
</section>`;
}

function groupHtml(group: ExportGroup): string {
  const d = group.document;
  const facts = [d.source ? escapeHtml(d.source) : '', d.published ? `Published ${escapeHtml(d.published)}` : '']
    .filter(Boolean)
    .concat(`${group.entries.length} annotation${group.entries.length === 1 ? '' : 's'}`);
  const link = d.url && isSafeLinkTarget(d.url) ? ` · <a href="${escapeHtml(d.url)}" rel="noopener noreferrer">original</a>` : '';
  return `<article class="document">
<h2>${escapeHtml(d.title)}</h2>
<p class="facts">${facts.join(' · ')}${link}</p>
${group.entries.map(entryHtml).join('\n')}
</article>`;
}

function correctionsHtml(corrections: ExportModel['corrections']): string {
  if (corrections.length === 0) return '';
  const rows = corrections.map(
    (c) => `<li><strong>${escapeHtml(c.label)}</strong>: ${escapeHtml(describeCorrection(c))} <span class="meta">(${escapeHtml(displayInstant(c.created))})</span></li>`,
  );
  return `
<section class="corrections">
<h2>Corrections to extraction</h2>
<p class="facts">${corrections.length} correction${corrections.length === 1 ? '' : 's'}, newest first</p>
<ul>
${rows.join('\n')}
</ul>
</section>`;
}

export interface HtmlOptions {
  title: string;
  /** ISO instant shown as "Exported …"; fixed in tests so goldens are stable. */
  exportedAt: string;
}

export function writeHtml(model: ExportModel, options: HtmlOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="export">
<h1>${escapeHtml(options.title)}</h1>
<p class="facts">${model.count} annotation${model.count === 1 ? '' : 's'} · Exported ${escapeHtml(displayInstant(options.exportedAt))} from Dossier</p>
</header>
${model.groups.map(groupHtml).join('\n')}${correctionsHtml(model.corrections)}
</body>
</html>
`;
}
