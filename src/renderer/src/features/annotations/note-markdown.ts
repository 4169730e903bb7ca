import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { checkExternalUrl } from '../../../../shared/external-url';
import { parsePassageLink } from '../../../../shared/passage-link';

/**
 * Notes are Markdown written by the user or imported from a file, so they are untrusted:
 * raw HTML is shown as text, images become their text, and a link is a real link only for
 * a checked http(s)/mailto URL (opened in a new tab, or through main after a confirmation)
 * or a dossier:// passage link (opened in the app); any other link is its text. The result
 * is sanitised again with an allow-list before it reaches the DOM.
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
      const text = this.parser.parseInline(token.tokens);
      const external = checkExternalUrl(token.href);
      if (external) return `<a class="note-link" href="${escapeHtml(external)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
      if (parsePassageLink(token.href)) return `<a class="note-link passage-link" href="${escapeHtml(token.href.trim())}">${text}</a>`;
      return `<span class="note-link-text">${text}</span>`;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text || token.title || '');
    },
  },
});

/** Markdown → HTML with no raw HTML or images, and only checked links (pure: no DOM needed). */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown) as string;
}

const ALLOWED_TAGS = ['a', 'p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

let hooked = false;

/** Safe HTML for a note, for dangerouslySetInnerHTML. Needs a DOM (DOMPurify). */
export function renderNote(markdown: string): string {
  if (!hooked) {
    hooked = true;
    // DOMPurify drops `target`; put it back on web links, always with rel=noopener beside it.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName !== 'A') return;
      if (node.classList.contains('note-link') && !node.classList.contains('passage-link') && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else node.removeAttribute('target');
    });
  }
  return DOMPurify.sanitize(markdownToHtml(markdown), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['class', 'href', 'target', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|dossier:)/iu,
  });
}
