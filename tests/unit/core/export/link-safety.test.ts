import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../src/core/export/csv';
import { renderNoteHtml } from '../../../../src/core/export/html';
import { decodeLinkTarget, isSafeLinkTarget } from '../../../../src/core/export/link-target';
import { confineNote } from '../../../../src/core/export/markdown';
import { createRandom, runSeed } from '../../../hostile/random';

/**
 * Exports that cannot hurt (issue 16): rendered by a default Markdown renderer, an exported
 * note has no link to anything but http(s)/mailto, and no CSV cell is a formula.
 */
const defaultRenderer = new Marked();

/** Every href/src a default renderer produces, decoded as a browser would read the attribute. */
function targets(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/giu)].map((m) => decodeLinkTarget(m[1] ?? ''));
}

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
];

describe('exported Markdown links', () => {
  it.each(ATTACKS)('%j has no unsafe link once rendered', (note) => {
    const md = confineNote(note);
    for (const target of targets(defaultRenderer.parse(md) as string)) expect(isSafeLinkTarget(target), `${md} → ${target}`).toBe(true);
    for (const target of targets(renderNoteHtml(note))) expect(isSafeLinkTarget(target), target).toBe(true);
  });

  it('keeps http(s) and mailto links, inline, autolinked and by reference', () => {
    const note = '[site](https://example.org/a?b=1) <https://example.org> <mailto:a@example.org> [ref]\n\n[ref]: http://example.com/x';
    const hrefs = targets(defaultRenderer.parse(confineNote(note)) as string);
    expect(hrefs).toEqual(['https://example.org/a?b=1', 'https://example.org', 'mailto:a@example.org', 'http://example.com/x']);
    expect(targets(renderNoteHtml(note))).toEqual(hrefs);
  });

  it('survives random combinations of link syntax, entities and escapes', () => {
    const seed = runSeed();
    const random = createRandom(seed);
    const pieces = ['[a]', '(', ')', '<', '>', ']:', '[r]:', '\n', ' ', 'javascript', 'java', 'script', ':', '&#x61;', '&#58;', '&colon;', '&Tab;',
      '\\', '\t', 'data', 'alert(1)', 'https://x.org', '"t"', '![i]', '`', '[r]', 'mailto', 'vb', '&#106;'];
    for (let i = 0; i < 400; i++) {
      const note = Array.from({ length: 3 + random.int(14) }, () => random.pick(pieces)).join('');
      const md = confineNote(note);
      for (const target of [...targets(defaultRenderer.parse(md) as string), ...targets(renderNoteHtml(note))]) {
        expect(isSafeLinkTarget(target), `seed ${seed}, case ${i}: ${JSON.stringify(note)} → ${target}`).toBe(true);
      }
    }
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
