import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../src/core/export/csv';
import { renderNoteHtml } from '../../../../src/core/export/html';
import { isSafeLinkTarget } from '../../../../src/core/export/link-target';
import { confineNote } from '../../../../src/core/export/markdown';
import { checkExportLinks, defaultMarkdownRenderers, renderedLinkTargets as targets } from '../../../hostile/checks';
import { runSeed } from '../../../hostile/random';

/**
 * Exports that cannot hurt (issue 16): rendered by a default Markdown renderer (marked,
 * commonmark.js, markdown-it), an exported note has no link to anything but
 * http(s)/mailto, and no CSV cell is a formula.
 */
const renderers = defaultMarkdownRenderers();
const [defaultRenderer] = renderers;

const ATTACKS = [
  '<javascript:alert(1)>',
  '[r]: javascript:alert(1)\n\n[click][r]',
  '[click][r]\n\n[r]:\n  javascript:alert(1)',
  '[a](jav&#x61;script:alert(1))',
  '[a](jav&#97;script:alert(1))',
  '[a](javascript&colon;alert(1))',
  '[a](<javascript:alert(1)>)',
  '[a]( javascript:alert(1) "t")',
  '[a](java\\:script:alert(1))',
  '[a](JaVaScRiPt:alert(1))',
  '[a](data:text/html;base64,PHNjcmlwdD4=)',
  '[a](vbscript:msgbox(1))',
  '![img](javascript:alert(1))',
  '[a](\njavascript:alert(1))',
  '<data:text/html,<script>alert(1)</script>>',
  '[a](file:///etc/passwd)',
  '[a]: <javascript:alert(1)>\n\n[a]',
  // Found by the property test (seed 872958867, case 354): an autolink over a backtick.
  '\n<vb:[r]![i]alert(1)https://x.org&#x61;[r]:)`>data',
  '<vb:`x`>',
  // An autolink or an escape starts before a backtick, so there is no code span (§6.1).
  '<a`b@c.d> <javascript:x>`',
  '\\`<javascript:x>`',
  // A code span over two lines; a fence that ends with its list item.
  'a `\n`<javascript:x>`',
  '- item\n  ```\n  x\n\nnot indented <javascript:y>',
  // A backslash the note (or we) put before "<" is swallowed by a bare URL.
  'https://x.org\\<a href="javascript:alert(1)">x</a>',
  '\\<javascript:alert(1)>',
  // Escaping one "<" closes the autolink opened before it.
  '[a]<java:</a>)',
  // Definitions in containers and over lines; a destination after a kept link.
  '> [r]: javascript:alert(1)\n\n[click][r]',
  '- [r]: javascript:alert(1)\n\n[click][r]',
  '[r\n]: javascript:x\n\n[r\n]',
  '[a](https://x.org/`) <javascript:y>`',
  // Schemes GFM renderers link bare, and a no-break space inside an autolink.
  'ftp://x.org xmpp:a@b.c',
  '<javascript:alert(1)\u00a0x>',
];

describe('exported Markdown links', () => {
  it.each(ATTACKS)('%j has no unsafe link once rendered', (note) => {
    const md = confineNote(note);
    for (const render of renderers) for (const target of targets(render(md))) expect(isSafeLinkTarget(target), `${md} → ${target}`).toBe(true);
    for (const target of targets(renderNoteHtml(note))) expect(isSafeLinkTarget(target), target).toBe(true);
  });

  it('shows neutralised syntax as the text the note had', () => {
    expect(confineNote('<javascript:alert(1)>')).toBe('&lt;javascript:alert(1)>');
    expect(confineNote('\\<a href="x">')).toBe('&lt;a href="x">');
    expect(confineNote('[a](vbscript:x)')).toBe('[a]\\(vbscript:x)');
    expect(confineNote('see `<b>` and `<script>`')).toBe('see `<b>` and `&lt;script>`');
    expect(confineNote('mail <a@b.org> or <https://x.org>')).toBe('mail <a@b.org> or <https://x.org>');
  });

  it('keeps http(s) and mailto links, inline, autolinked and by reference', () => {
    const note = '[site](https://example.org/a?b=1) <https://example.org> <mailto:a@example.org> [ref]\n\n[ref]: http://example.com/x';
    const hrefs = targets(defaultRenderer?.(confineNote(note)) ?? '');
    expect(hrefs).toEqual(['https://example.org/a?b=1', 'https://example.org', 'mailto:a@example.org', 'http://example.com/x']);
    expect(targets(renderNoteHtml(note))).toEqual(hrefs);
  });

  it('survives random combinations of link, autolink, HTML and code syntax, entities and escapes', () => {
    // 400 notes per run; the soak runs many more. A failure names its seed: HOSTILE_SEED replays it.
    expect(checkExportLinks(400, runSeed()).problems).toEqual([]);
  });
});

describe('CSV cells', () => {
  it.each([' =1+2', '\n=1+2', '\r=1', '\t=1', '  @SUM(A1)', '＝1+2', '＋1', '－1', '＠cmd', '\u3000=1', '=1', '+1', '-1', '@x'])(
    '%j is neutralised like its ASCII form',
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/u, '').startsWith("'"), JSON.stringify(cell)).toBe(true);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(csvCell(' hello')).toBe(' hello');
    expect(csvCell('Russia')).toBe('Russia');
  });
});
