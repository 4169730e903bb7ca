import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreServices, createHandlers, type CoreServices } from '../../../../src/core/services';
import type { AddFileInput, AddStatus } from '../../../../src/shared/api/add-documents';
import type { HandlerTable } from '../../../../src/shared/api';
import { describeRange } from '../../../../src/shared/annotations';
import { documentText } from '../../../../src/shared/corpus';
import { makeDocx, makeEml, makePdf } from '../corpus/formats/make-files';

let dir: string;
let services: CoreServices;
let table: HandlerTable;

const boot = async () => {
  services = await createCoreServices({ resourcesDir: join(dir, 'resources'), userDataDir: join(dir, 'user'), platform: { name: 'web' }, searchWorker: 'in-process' });
  table = createHandlers(services);
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-add-'));
  mkdirSync(join(dir, 'resources', 'corpus'), { recursive: true });
  writeFileSync(join(dir, 'resources', 'corpus', 'bundled.txt'), 'Harbour news from Leith.\n\nThe harbour of Leith handled more ships this year than last.\n');
  await boot();
});

afterEach(async () => {
  services.close();
  await services.library.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, bytes: Uint8Array | string): AddFileInput => {
  const b = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  return { name, size: b.length, dataBase64: b.toString('base64') };
};

async function add(files: AddFileInput[]): Promise<AddStatus> {
  await table.addDocuments(files, { keepCopies: true });
  await services.library.queue.whenIdle();
  await services.search.ready();
  return table.getAddStatus();
}

const PDF = makePdf([[['The Glasgow shipyard won a contract for six ferries,', 'the yard said on Monday.'], ['Work starts in spring.']]], { title: 'Shipyard contract' });
const DOCX = makeDocx(['Board memo', 'The board of Northwind Ltd met in Cardiff and approved the budget for the new depot.'], { title: 'Depot budget' });
const HTML = '<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable changes</h1><p>Ferries from Oban to Mull will run hourly from June, the operator said.</p><p>Winter sailings stay as they are.</p></article></body></html>';

describe('adding documents', () => {
  it('adds a PDF, a DOCX, an HTML page and an e-mail; each is searchable beside the bundled corpus; a corrupt file fails alone', async () => {
    const status = await add([
      file('contract.pdf', PDF),
      file('memo.docx', DOCX),
      file('broken.pdf', '%PDF-1.4 garbage that is not a pdf'),
      file('timetable.html', HTML),
      file('note.eml', makeEml({ subject: 'Depot visit', from: 'Ann <ann@example.org>', date: 'Tue, 5 Mar 2024 10:00:00 +0000', body: 'The depot in Swansea opens on Friday.' })),
      file('picture.jpg', 'not read'),
    ]);
    expect(status.running).toBe(false);
    expect(status.results.map((r) => [r.name, r.outcome])).toEqual([
      ['contract.pdf', 'added'],
      ['memo.docx', 'added'],
      ['broken.pdf', 'failed'],
      ['timetable.html', 'added'],
      ['note.eml', 'added'],
      ['picture.jpg', 'skipped'],
    ]);
    expect(status.summary).toBe('4 added, 1 skipped: not a supported file type, 1 failed: corrupt PDF');

    const docs = await table.listDocuments();
    expect(docs.filter((d) => d.addedByUser).map((d) => d.title)).toEqual(['Shipyard contract', 'Depot budget', 'Ferry timetable', 'Depot visit']);
    const shipyard = docs.find((d) => d.title === 'Shipyard contract')!;
    expect(shipyard.addedByUser?.fileName).toBe('contract.pdf');
    expect((await table.getDocument(shipyard.id)).paragraphs[0]!.text).toContain('six ferries');

    const hits = await table.search('ferries');
    expect(hits.results.map((r) => r.title).sort()).toEqual(['Ferry timetable', 'Shipyard contract']);
    const both = await table.search('harbour OR ferries');
    expect(both.results.map((r) => r.title)).toContain('Harbour news from Leith.');
    expect((await table.getDocumentHits(shipyard.id, 'ferries')).hits.length).toBe(1);
  }, 60_000);

  it('says a file is already in the library, by bytes or by text', async () => {
    await add([file('contract.pdf', PDF), file('a.txt', 'Depot news.\n\nThe depot opened on Friday in Swansea.\n')]);
    const again = await add([file('copy-of-contract.pdf', PDF), file('b.txt', 'Depot news.\r\n\r\nThe depot opened on Friday in Swansea.')]);
    expect(again.results.map((r) => r.message)).toEqual(['Already in the library (as “Shipyard contract”).', 'Already in the library: same text as “Depot news.”.']);
    expect(again.summary).toBe('0 added, 2 skipped: already in the library');
    expect((await table.listDocuments()).filter((d) => d.addedByUser)).toHaveLength(2);
  }, 60_000);

  it('keeps added documents across a restart, with the original kept in the library', async () => {
    await add([file('memo.docx', DOCX)]);
    const [info] = await table.listUserDocuments();
    expect(info).toMatchObject({ title: 'Depot budget', fileName: 'memo.docx', original: 'copy', format: 'docx' });
    expect(existsSync(info!.originalPath!)).toBe(true);
    services.close();
    await services.library.close();
    await boot();
    expect((await table.listDocuments()).map((d) => d.title)).toContain('Depot budget');
    await services.search.ready();
    await new Promise((r) => setTimeout(r, 50));
    expect((await table.search('depot')).results.map((r) => r.title)).toEqual(['Depot budget']);
  }, 60_000);

  it('from the desktop dialog the analyst chooses: keep a copy, or only reference the file where it is', async () => {
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'memo.docx'), DOCX);
    writeFileSync(join(outside, 'timetable.html'), HTML);
    const chosen: string[][] = [[join(outside, 'memo.docx')], [join(outside, 'timetable.html')]];
    services.close();
    await services.library.close();
    services = await createCoreServices({
      resourcesDir: join(dir, 'resources'),
      userDataDir: join(dir, 'user'),
      platform: { name: 'electron', chooseFiles: async () => chosen.shift() ?? [] },
      searchWorker: 'in-process',
    });
    table = createHandlers(services);
    await table.chooseDocumentsToAdd({ keepCopies: false });
    await services.library.queue.whenIdle();
    await table.chooseDocumentsToAdd({ keepCopies: true });
    await services.library.queue.whenIdle();
    const byName = new Map((await table.listUserDocuments()).map((d) => [d.fileName, d]));
    // Referenced: the library points at the file where it is and holds no copy of its own.
    expect(byName.get('memo.docx')).toMatchObject({ original: 'reference', originalPath: join(outside, 'memo.docx') });
    // Copied: the original lives in the user-data folder.
    const copied = byName.get('timetable.html')!;
    expect(copied.original).toBe('copy');
    expect(copied.originalPath!.startsWith(join(dir, 'user'))).toBe(true);
    expect(existsSync(copied.originalPath!)).toBe(true);
    // Both are in the library either way.
    expect((await table.listDocuments()).map((d) => d.title)).toEqual(expect.arrayContaining(['Depot budget', 'Ferry timetable']));
  }, 60_000);

  it('a new version replaces the old one and re-anchors its highlights; ones that cannot be placed are listed', async () => {
    const v1 = ['Harbour memo', 'The council approved the harbour budget on Monday after a long debate.', 'Dredging the channel will cost four million pounds.'];
    await add([file('harbour.docx', makeDocx(v1, { title: 'Harbour memo' }))]);
    const id = (await table.listUserDocuments())[0]!.id;
    const doc = await table.getDocument(id);
    const text = documentText(doc.paragraphs);
    const highlight = async (quote: string) => {
      const start = text.indexOf(quote);
      const paragraphId = doc.paragraphs.find((p) => p.text.includes(quote))!.id;
      return table.createAnnotation({ target: { documentId: id, paragraphId, ...describeRange(text, start, start + quote.length) }, colour: 'yellow', note: '', tags: [] });
    };
    const kept = await highlight('approved the harbour budget');
    const lost = await highlight('four million pounds');

    const v2 = ['Harbour memo', 'Late news: the council approved the harbour budget on Monday after a long debate.', 'The dredging plan was dropped.'];
    const status = await add([file('harbour.docx', makeDocx(v2, { title: 'Harbour memo' }))]);
    expect(status.results[0]).toMatchObject({ outcome: 'replaced', documentId: id, unplaced: [{ id: lost.id, quote: 'four million pounds' }] });
    expect(status.summary).toBe('0 added, 1 replaced by a new version (1 note could not be placed)');
    expect((await table.listUserDocuments()).map((d) => d.id)).toEqual([id]);
    const placed = await table.getAnnotation(kept.id);
    const newText = documentText((await table.getDocument(id)).paragraphs);
    expect(newText.slice(placed.anchor!.start, placed.anchor!.end)).toBe('approved the harbour budget');
    expect((await table.getAnnotation(lost.id)).anchor).toBeNull();
    expect((await table.search('dredging')).results.map((r) => r.documentId)).toEqual([id]);
  }, 60_000);

  it('removing keeps the notes and says how many; restore brings the document back to search and its notes', async () => {
    await add([file('contract.pdf', PDF)]);
    const id = (await table.listUserDocuments())[0]!.id;
    const doc = await table.getDocument(id);
    const text = documentText(doc.paragraphs);
    const start = text.indexOf('six ferries');
    await table.createAnnotation({ target: { documentId: id, paragraphId: doc.paragraphs[0]!.id, ...describeRange(text, start, start + 11) }, colour: 'yellow', note: 'check', tags: [] });

    expect(await table.removeUserDocument(id)).toEqual({ id, title: 'Shipyard contract', annotationCount: 1 });
    await services.search.ready();
    expect((await table.listDocuments()).some((d) => d.id === id)).toBe(false);
    expect((await table.search('ferries')).results).toEqual([]);
    expect(await table.listAnnotations({})).toHaveLength(1);

    await table.restoreUserDocument(id);
    expect((await table.search('ferries')).results.map((r) => r.documentId)).toEqual([id]);
    expect((await table.listAnnotations({ documentId: id }))[0]!.anchor).not.toBeNull();
    // Adding the same file after removing it restores the entry (and its notes) instead of a copy.
    await table.removeUserDocument(id);
    const back = await add([file('contract.pdf', PDF)]);
    expect(back.results[0]).toMatchObject({ outcome: 'added', documentId: id, message: 'It had been removed; restored with its notes.' });
  }, 60_000);

  it('cancel stops the batch and reports the rest as cancelled', async () => {
    const files = Array.from({ length: 6 }, (_, i) => file(`n${i}.txt`, `Note ${i}.\n\nThe depot number ${i} opened in a town on the coast this week.\n`));
    await table.addDocuments(files, { keepCopies: true });
    await table.cancelAdding();
    await services.library.queue.whenIdle();
    const status = await table.getAddStatus();
    expect(status.results).toHaveLength(6);
    expect(status.results.filter((r) => r.outcome === 'cancelled').length).toBeGreaterThan(0);
    expect(status.summary).toMatch(/\d+ cancelled$/u);
  }, 60_000);
});
