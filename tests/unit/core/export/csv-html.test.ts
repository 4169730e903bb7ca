import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { csvCell, CSV_HEADER } from '../../../../src/core/export/csv';
import { EXPORT_CSP, renderNoteHtml } from '../../../../src/core/export/html';
import { createHash } from 'node:crypto';
import { FIXTURE_ANNOTATIONS } from './fixtures';
import { fixtureService } from './service-fixture';

/** A strict RFC 4180 reader: the test's own, so the writer is checked against the RFC, not itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const m = /^[^,\r\n"]*/u.exec(text.slice(i))![0];
      cell = m;
      i += m.length;
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

describe('CSV export', () => {
  it('is UTF-8 with BOM, CRLF, one row per annotation with the issue\'s columns, and round-trips every cell', async () => {
    const { service } = fixtureService({ annotations: FIXTURE_ANNOTATIONS });
    const csv = (await service.exportFile({ format: 'csv', scope: { all: true } })).data;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(FIXTURE_ANNOTATIONS.length + 1);
    // parseCsv throws on a bare LF between records, so reaching here means CRLF throughout.
    const byQuote = new Map(rows.slice(1).map((r) => [r[2]!.replace(/^'/u, ''), r]));
    for (const a of FIXTURE_ANNOTATIONS) {
      const row = byQuote.get(a.target.quote.exact);
      expect(row, a.target.quote.exact).toBeDefined();
      expect(row![3]!.replace(/^'(?=[=+\-@\t\r])/u, '')).toBe(a.note);
      expect(row![4]).toBe(a.tags.join('; '));
      expect(row![5]).toBe(a.colour);
      expect(row![6]).toBe(a.created);
      expect(row![7]).toBe(a.modified);
      expect(row![9]).toBe(a.target.documentId);
      expect(row![10]).toBe(a.id);
    }
  });

  it('neutralises formula injection in every cell that starts with = + - @ tab or CR', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`).replace(/^"/u, '')).toMatch(/^'/u);
    expect(csvCell('2024-10-25')).toBe('2024-10-25');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });
});

describe('HTML export', () => {
  async function exportedDocument() {
    const { service } = fixtureService();
    const html = (await service.exportFile({ format: 'html', scope: { all: true } })).data;
    return { html, document: parseHTML(html).document };
  }

  it('runs nothing and loads nothing: no script, image, iframe or handler; only http(s)/mailto links; strict CSP', async () => {
    const { html, document } = await exportedDocument();
    expect(document.querySelectorAll('script, img, iframe, object, embed, form, link, base, meta[http-equiv="refresh"]')).toHaveLength(0);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
    for (const a of document.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https?:|mailto:)/u);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(EXPORT_CSP);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    const style = document.querySelector('style')?.textContent ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html).toContain('@media print');
  });

  it('shows hostile quotes and notes as text', async () => {
    const { document } = await exportedDocument();
    const body = document.body.textContent ?? '';
    expect(body).toContain('<script>alert("quote")</script>');
    expect(body).toContain('<script>alert("note")</script>');
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(body).toContain('=HYPERLINK("http://evil.example/?x=1","click me")');
    expect(body).toContain('👍🏽');
  });

  it('renders a note\'s Markdown, but not headings or rules that would restructure the page', () => {
    const html = renderNoteHtml('**bold** [ok](https://example.org)\n# not a heading\n---\n```\nunclosed');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">ok</a>');
    expect(html).not.toMatch(/<h\d|<hr/u);
    expect(html).toContain('<pre><code>unclosed');
  });
});
