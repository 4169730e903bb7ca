import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusInfo, ProcessedDocument } from '../../../../src/shared/corpus';
import { parsePassageLink } from '../../../../src/shared/passage-link';
import { summarize } from '../../../../src/core/corpus/corpus-service';
import { RESULTS_CSV_HEADER } from '../../../../src/core/export/search-results';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import { createSearchExportHandlers } from '../../../../src/core/ipc/search-export-handlers';
import { createSearchService, type SearchService } from '../../../../src/core/search/search-service';
import { doc } from '../search/fixtures';

/** RFC 4180 reader of the test's own (CRLF records, quoted cells with doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

const DOCS: ProcessedDocument[] = [
  { ...doc('a', 'Kursk, the "front"', ['Troops near Kursk held the line.', 'Other news.'], [], 'BBC'), published: '2024-10-01' },
  { ...doc('b', '=HYPERLINK("x") Kursk again', ['A second report on Kursk and kursk troops, *bold* [link](http://x).'], [], 'CNN'), published: '2024-11-02' },
  { ...doc('c', 'Nothing here', ['Weather in Kyiv.']), published: null },
];

const open: SearchService[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function handlers(platform: Parameters<typeof createSearchExportHandlers>[1] = { name: 'web' }) {
  const corpus = { info: () => ({ status: 'fallback' }) as CorpusInfo, list: () => DOCS.map((d) => summarize(d)), loadAll: () => DOCS, has: (id: string) => DOCS.some((d) => d.id === id) };
  const search = createSearchService({ buildDir: '/nonexistent', corpus, worker: 'in-process' });
  open.push(search);
  await search.ready();
  return { search, api: createSearchExportHandlers(search, platform, { now: () => new Date('2026-12-02T10:00:00Z') }) };
}

describe('search result export', () => {
  it('CSV: one row per result in the list order, with title, source, date, score, snippet and a passage link', async () => {
    const { search, api } = await handlers();
    const list = await search.search('kursk');
    const file = await api.exportSearchResults({ query: 'kursk', format: 'csv' });
    expect(file.fileName).toBe('dossier-search-kursk-2026-12-02.csv');
    expect(file.mimeType).toMatch(/^text\/csv/u);
    expect(file.count).toBe(2);
    expect(file.data.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(file.data.slice(1));
    expect(rows[0]).toEqual([...RESULTS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => r[9])).toEqual(list.results.map((r) => r.documentId));
    const a = rows.find((r) => r[9] === 'a')!;
    expect(a.slice(1, 4)).toEqual(['Kursk, the "front"', 'BBC', '2024-10-01']);
    expect(Number(a[4])).toBeCloseTo(list.results.find((r) => r.documentId === 'a')!.score, 3);
    expect(a[7]).toContain('Troops near Kursk held the line.');
    expect(parsePassageLink(a[8]!)).toEqual({ documentId: 'a', paragraphId: 'a-p0' });
    // A title that starts like a formula is shown as text by spreadsheets.
    expect(rows.find((r) => r[9] === 'b')![1]).toBe(`'=HYPERLINK("x") Kursk again`);
  });

  it('sorts as asked: newest first puts the November report first', async () => {
    const { api } = await handlers();
    const rows = parseCsv((await api.exportSearchResults({ query: 'kursk', format: 'csv', sort: 'date' })).data.slice(1));
    expect(rows.slice(1).map((r) => r[3])).toEqual(['2024-11-02', '2024-10-01']);
  });

  it('Markdown: a heading per result linking to its passage, the facts, and the snippet with hits in bold and text escaped', async () => {
    const { api } = await handlers();
    const file = await api.exportSearchResults({ query: 'kursk', format: 'markdown' });
    expect(file.fileName).toBe('dossier-search-kursk-2026-12-02.md');
    const md = file.data;
    expect(md).toMatch(/^# Search results: kursk\n\n2 documents, best match first; exported 2026-12-02\./u);
    expect(md).toContain('](<dossier://open?document=a&paragraph=a-p0>)');
    expect(md).toMatch(/BBC · 2024-10-01 · score \d/u);
    expect(md).toContain('**Kursk**');
    // Document text never becomes Markdown syntax: emphasis and links stay literal.
    expect(md).toContain('\\*bold\\* \\[link\\](http://x)');
  });

  it('refuses what cannot be exported, in words', async () => {
    const { api } = await handlers();
    await expect(api.exportSearchResults({ query: 'zzzzunknown', format: 'csv' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(api.exportSearchResults({ query: 'title:', format: 'markdown' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(api.saveSearchResults({ query: 'kursk', format: 'csv' })).rejects.toMatchObject({ code: 'unavailable' });
    // The renderer is untrusted: a format the contract does not list never reaches the handler.
    const bad = await dispatch(api as never, 'exportSearchResults', [{ query: 'kursk', format: 'pdf' }], () => {});
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('desktop: writes the same bytes through the save dialog, titled for search results', async () => {
    const saved: { name: string; text: string; title?: string }[] = [];
    const { api } = await handlers({
      name: 'electron',
      saveFile: async (name, bytes, title) => {
        saved.push({ name, text: Buffer.from(bytes).toString('utf8'), title });
        return { saved: true, path: `/tmp/${name}` };
      },
    });
    const result = await api.saveSearchResults({ query: 'kursk', format: 'markdown' });
    expect(result).toMatchObject({ saved: true, path: '/tmp/dossier-search-kursk-2026-12-02.md', count: 2 });
    expect(saved[0]!.title).toBe('Export search results');
    expect(saved[0]!.text).toBe((await api.exportSearchResults({ query: 'kursk', format: 'markdown' })).data);
  });
});
