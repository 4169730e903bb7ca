import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * Notes are Markdown written by the user or imported from a file, so they are untrusted:
 * raw HTML is shown as text, links and images become their text (the app opens nothing),
 * and the result is sanitised again with an allow-list before it reaches the DOM.
 */
const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      return `<span class="note-link">${this.parser.parseInline(token.tokens)}</span>`;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text || token.title || '');
    },
  },
});

/** Markdown → HTML with no raw HTML, links or images (pure: no DOM needed). */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown) as string;
}

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

/** Safe HTML for a note, for dangerouslySetInnerHTML. Needs a DOM (DOMPurify). */
export function renderNote(markdown: string): string {
  return DOMPurify.sanitize(markdownToHtml(markdown), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['class'],
  });
}
