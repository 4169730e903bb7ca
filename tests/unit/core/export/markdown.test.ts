import { parseHTML } from 'linkedom';
import { marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { confineNote, escapeMarkdownInline, hashtag, markdownBlockquote, tagMarkdown } from '../../../../src/core/export/markdown';
import { FIXTURE_ANNOTATIONS } from './fixtures';
import { fixtureService } from './service-fixture';

const text = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent ?? '';
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Top-level token types after the note, followed by a line we own. */
function topLevelAfter(note: string): Token[] {
  return marked.lexer(`${confineNote(note)}\n\nAFTER`).filter((t) => t.type !== 'space');
}

const HOSTILE_NOTES = [
  '# heading',
  'text\n---',
  'text\n===',
  '***',
  '- - -',
  '   ## indented heading',
  '```\nunclosed fence',
  '~~~~\nunclosed tilde fence\n~~~',
  '<!-- unclosed comment',
  '<script>alert(1)</script>',
  '<textarea>',
  '<div>\nblock html',
  '%% obsidian comment',
];

describe('Markdown export structure', () => {
  it('has exactly one H1 per document and one H2 per annotation, whatever the notes contain', async () => {
    const { service } = fixtureService();
    const md = (await service.exportFile({ format: 'markdown', scope: { all: true } })).data;
    const headings: { depth: number; text: string }[] = [];
    marked.walkTokens(marked.lexer(md), (t) => {
      if (t.type === 'heading') headings.push({ depth: t.depth, text: t.text });
    });
    expect(headings.filter((h) => h.depth === 1)).toHaveLength(3);
    expect(headings.filter((h) => h.depth === 2)).toHaveLength(8);
    expect(headings.filter((h) => h.depth > 2)).toEqual([]);
    expect(marked.lexer(md).filter((t) => t.type === 'hr')).toHaveLength(2);
    expect(marked.lexer(md).filter((t) => t.type === 'html')).toEqual([]);
  });

  it.each(HOSTILE_NOTES)('a note cannot break out of its section: %j', (note) => {
    const tokens = topLevelAfter(note);
    expect(tokens.map((t) => t.type)).not.toContain('heading');
    expect(tokens.map((t) => t.type)).not.toContain('hr');
    expect(tokens.map((t) => t.type)).not.toContain('html');
    expect(tokens.at(-1)).toMatchObject({ type: 'paragraph', text: 'AFTER' });
    expect(confineNote(note)).not.toMatch(/(^|[^\\])%%/u);
  });

  it('keeps ordinary Markdown in notes (emphasis, lists, links, closed code blocks, autolinks)', () => {
    const note = '**bold** and *em*, [link](https://example.org) <https://example.org/auto>\n\n- one\n- two\n\n```\n# code, not a heading\n```';
    expect(confineNote(note)).toBe(note);
    const html = marked.parse(confineNote(note)) as string;
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://example.org/auto">');
    expect(html).toContain('# code, not a heading');
  });

  it('turns script links in notes into text', () => {
    const html = marked.parse(confineNote('[x](javascript:alert(1)) [y](JavaScript&colon;alert(1))')) as string;
    expect(html).not.toMatch(/href="javascript/iu);
  });

  it('quotes render as exactly the quoted text: every Markdown character is escaped', () => {
    for (const a of FIXTURE_ANNOTATIONS) {
      const html = marked.parse(markdownBlockquote(a.target.quote.exact)) as string;
      expect(squash(text(html))).toBe(squash(a.target.quote.exact));
      // Only the blockquote, its paragraphs and GFM autolinks of bare URLs: no markup from the text.
      expect(html.match(/<(?!\/?(?:blockquote|p|a)[ >])[a-z]/giu)).toBeNull();
    }
    for (const title of ['# x', '1. y', '*a* _b_ [c](d) <e> `f` | g ~h~', 'AT&T &amp;']) {
      expect(squash(text(marked.parseInline(escapeMarkdownInline(title)) as string))).toBe(title);
    }
  });

  it('tags become hashtags Obsidian and GitHub accept', () => {
    expect(hashtag('north korea')).toBe('#north-korea');
    expect(hashtag('Intel/Sources')).toBe('#Intel/Sources');
    expect(hashtag('2024')).toBe('#tag-2024');
    expect(hashtag('c++')).toBe('#cplusplus');
    expect(hashtag('#already')).toBe('#already');
    expect(hashtag('Ukraine — front line')).toBe('#Ukraine-front-line');
    expect(hashtag('!!!')).toBeNull();
  });

  it('tags keep their text: a hashtag only when the tag already is one', () => {
    expect(tagMarkdown('troops')).toBe('#troops');
    expect(tagMarkdown('Intel/Sources')).toBe('#Intel/Sources');
    expect(tagMarkdown('🇰🇵 flag')).toBe('“🇰🇵 flag”');
    expect(tagMarkdown('North Korea')).toBe('“North Korea”');
    expect(tagMarkdown('c++')).toBe('“c++”');
    expect(tagMarkdown('*bold*')).toBe('“\\*bold\\*”');
  });
});
