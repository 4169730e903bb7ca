import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../../src/core/corpus/build-corpus';
import { listSourceFiles } from '../../../../../src/core/corpus/read-sources';
import { makeDocx, makeEml, makePdf } from './make-files';

const dir = mkdtempSync(join(tmpdir(), 'dossier-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the corpus CLI build reads PDF, DOCX and EML', () => {
  it('builds one document per file and reports a corrupt one by name', async () => {
    const src = join(dir, 'in');
    const out = join(dir, 'out');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(src);
    writeFileSync(join(src, 'report.pdf'), makePdf([[['The council in Leeds approved the budget on Monday.']]], { title: 'Budget' }));
    writeFileSync(join(src, 'memo.docx'), makeDocx(['The board met in Glasgow and agreed the plan.'], { title: 'Board memo' }));
    writeFileSync(join(src, 'mail.eml'), makeEml({ subject: 'Rail update', from: 'a@example.org', date: 'Tue, 5 Mar 2024 10:00:00 +0000', body: 'Trains resume on Friday.' }));
    writeFileSync(join(src, 'broken.pdf'), 'not a pdf at all');
    expect(listSourceFiles(src).map((p) => p.slice(src.length + 1))).toEqual(['broken.pdf', 'mail.eml', 'memo.docx', 'report.pdf']);
    const result = await buildCorpus({ inputs: [src], outDir: out, cacheDir: null, workers: 0 });
    expect(result.failures).toEqual([{ file: join(src, 'broken.pdf'), message: 'Not a PDF file (it does not start with %PDF).' }]);
    const { readFileSync } = await import('node:fs');
    const titles = (JSON.parse(readFileSync(join(out, 'documents-index.json'), 'utf8')) as { documents: { title: string }[] }).documents.map((d) => d.title);
    expect(titles.sort()).toEqual(['Board memo', 'Budget', 'Rail update']);
  });
});
