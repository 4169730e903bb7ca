import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../../../src/renderer/src/features/annotations/note-markdown';
import { popoverPosition } from '../../../../../src/renderer/src/features/annotations/popover-position';

describe('markdownToHtml (notes are untrusted)', () => {
  it('renders Markdown emphasis and lists', () => {
    const html = markdownToHtml('**bold** and *it*\n\n- one\n- two');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>it</em>');
    expect(html).toContain('<li>one</li>');
  });

  it('shows raw HTML as text: no script or event handler reaches the DOM', () => {
    const html = markdownToHtml('<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/iu);
    expect(html).toContain('&lt;script&gt;');
  });

  it('turns images and unsafe links into their text', () => {
    const html = markdownToHtml('see [the source](javascript:alert(1)) and ![chart](http://x/y.png) [file](file:///etc/passwd) [x](data:text/html,1)');
    expect(html).not.toMatch(/<a\b|href=|<img/iu);
    expect(html).toContain('the source');
    expect(html).toContain('chart');
  });

  it('makes checked web, mailto and passage links real links; web links open a new tab without an opener', () => {
    const html = markdownToHtml('[report](https://example.org/r?a=1&b=2) <mailto:desk@example.org> [passage](dossier://open?document=d1&paragraph=p2)');
    expect(html).toContain('<a class="note-link" href="https://example.org/r?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">report</a>');
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html).toContain('<a class="note-link passage-link" href="dossier://open?document=d1&amp;paragraph=p2">passage</a>');
  });
});

describe('popoverPosition', () => {
  const viewport = { width: 1000, height: 800 };
  it('centres under the selection, inside the viewport', () => {
    expect(popoverPosition({ top: 100, bottom: 120, left: 400, right: 600 }, { width: 200, height: 50 }, viewport)).toEqual({ top: 128, left: 400 });
    expect(popoverPosition({ top: 100, bottom: 120, left: 0, right: 20 }, { width: 200, height: 50 }, viewport).left).toBe(8);
  });
  it('goes above when there is no room below', () => {
    expect(popoverPosition({ top: 700, bottom: 780, left: 400, right: 600 }, { width: 200, height: 50 }, viewport).top).toBe(642);
  });
});

describe('popoverPosition for an anchor out of view', () => {
  it('stays inside the viewport when the anchor is below or above it', () => {
    const viewport = { width: 1000, height: 800 };
    expect(popoverPosition({ top: 1500, bottom: 1520, left: 10, right: 50 }, { width: 200, height: 50 }, viewport).top).toBe(742);
    expect(popoverPosition({ top: -300, bottom: -280, left: 10, right: 50 }, { width: 200, height: 50 }, viewport).top).toBe(8);
  });
});
