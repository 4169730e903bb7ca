import { describe, expect, it, vi } from 'vitest';
import { createExportHandlers } from '../../../../src/core/ipc/export-handlers';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import type { HandlerTable } from '../../../../src/shared/api';
import { FIXED_NOW, fixedIds, fixtureCorpus, FIXTURE_ANNOTATIONS } from './fixtures';
import { createMemoryStore } from './memory-store';
import { fixtureService } from './service-fixture';

function handlers(platform: Parameters<typeof createExportHandlers>[2] = { name: 'web' }, annotations = FIXTURE_ANNOTATIONS) {
  return createExportHandlers(fixtureCorpus(), createMemoryStore(annotations), platform, { now: () => FIXED_NOW, randomId: fixedIds() }) as unknown as HandlerTable;
}

describe('export API', () => {
  it('web host: no save dialog and no PDF; the renderer downloads the data instead', async () => {
    const table = handlers();
    expect(await dispatch(table, 'getExportCapabilities', [])).toEqual({ ok: true, value: { saveFile: false, formats: ['markdown', 'jsonld', 'csv', 'html'] } });
    expect(await dispatch(table, 'saveExport', [{ format: 'markdown', scope: { all: true } }])).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await dispatch(table, 'exportAnnotations', [{ format: 'pdf', scope: { all: true } }])).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('copy as Markdown: a selection exports only those annotations, in reading order', async () => {
    const ids = [FIXTURE_ANNOTATIONS[3]!.id, FIXTURE_ANNOTATIONS[1]!.id, 'ffffffff-0000-4000-8000-000000000000'];
    const result = await dispatch(handlers(), 'exportAnnotations', [{ format: 'markdown', scope: { ids } }]);
    expect(result).toMatchObject({ ok: true, value: { count: 2, fileName: 'dossier-selection-2024-11-01.md', mimeType: 'text/markdown;charset=utf-8', encoding: 'text' } });
    const md = (result as { value: { data: string } }).value.data;
    expect(md.indexOf('\\# Not a heading, ')).toBeLessThan(md.indexOf('\\<script\\>alert("quote")'));
    expect(md).not.toContain('Officials in Kyiv');
  });

  it('refuses bad requests before running, and says what is missing', async () => {
    const table = handlers();
    expect(await dispatch(table, 'exportAnnotations', [{ format: 'docx', scope: { all: true } }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(table, 'exportAnnotations', [{ format: 'csv', scope: { ids: [] } }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(table, 'exportAnnotations', [{ format: 'csv', scope: { all: true, extra: 1 } }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(table, 'exportAnnotations', [{ format: 'csv', scope: { documentId: 'nope' } }])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(table, 'exportAnnotations', [{ format: 'csv', scope: { ids: ['ffffffff-0000-4000-8000-000000000000'] } }])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(handlers({ name: 'web' }, []), 'exportAnnotations', [{ format: 'csv', scope: { all: true } }])).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There are no annotations or corrections to export yet.' } });
  });

  it('desktop host: saveExport regenerates the file in core and hands its bytes to the save dialog', async () => {
    const saveFile = vi.fn(async () => ({ saved: true, path: '/home/me/Exports/x.csv' }));
    const printToPdf = vi.fn(async (html: string) => new TextEncoder().encode(`%PDF-1.7 ${html.length}`));
    const table = handlers({ name: 'electron', saveFile, printToPdf });
    expect(await dispatch(table, 'getExportCapabilities', [])).toMatchObject({ value: { saveFile: true, formats: ['markdown', 'jsonld', 'csv', 'html', 'pdf'] } });
    const saved = await dispatch(table, 'saveExport', [{ format: 'csv', scope: { documentId: 'second-doc' } }]);
    expect(saved).toEqual({ ok: true, value: { saved: true, path: '/home/me/Exports/x.csv', fileName: 'dossier-second-doc-2024-11-01.csv', count: 1 } });
    const [name, bytes] = saveFile.mock.calls[0] as unknown as [string, Uint8Array];
    expect(name).toBe('dossier-second-doc-2024-11-01.csv');
    expect(new TextDecoder().decode(bytes)).toContain('Officials in Kyiv and Washington');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM survives as bytes

    saveFile.mockResolvedValueOnce({ saved: false } as never);
    expect(await dispatch(table, 'saveExport', [{ format: 'markdown', scope: { all: true } }])).toMatchObject({ ok: true, value: { saved: false } });

    const pdf = await dispatch(table, 'exportAnnotations', [{ format: 'pdf', scope: { all: true } }]);
    expect(pdf).toMatchObject({ ok: true, value: { encoding: 'base64', mimeType: 'application/pdf', fileName: 'dossier-annotations-2024-11-01.pdf' } });
    expect(Buffer.from((pdf as { value: { data: string } }).value.data, 'base64').toString()).toMatch(/^%PDF-1\.7 \d+$/u);
    expect(printToPdf.mock.calls[0]?.[0]).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('an annotation whose document left the corpus is still exported (never lost)', async () => {
    const { service } = fixtureService();
    const md = (await service.exportFile({ format: 'markdown', scope: { all: true } })).data;
    expect(md).toContain('# Unknown document (removed-doc)');
    expect(md).toContain('Its document was removed.');
  });
});
