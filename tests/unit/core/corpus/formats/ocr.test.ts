import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../../../src/core/corpus/formats';
import { toGrey } from '../../../../../src/core/corpus/formats/ocr/page-images';
import { ocrParagraphs } from '../../../../../src/core/corpus/formats/ocr/ocr-pages';
import { processRawDocument } from '../../../../../src/core/corpus/formats/process-raw';
import { processInWorkers } from '../../../../../src/core/corpus/worker-pool';
import { makePdf, makeScanPdf, pngAsPdfImage } from './make-files';
import { errorOf } from './input-error';

/** Three lines of our own words, drawn by Chromium (fixtures/make-scan-fixture.ts). */
const scan = pngAsPdfImage(readFileSync(new URL('./fixtures/scan-words.png', import.meta.url)));


// Real OCR (tesseract.js, the installed English data): a few seconds a page, so one scan is
// read per case and the cases that need no OCR come first.
describe('scanned PDFs are read by OCR', () => {
  it('keeps reading a text layer when there is one, without OCR', async () => {
    const out = await extractFile('report.pdf', makePdf([[['Ministers in London said on Tuesday that the line would reopen.']]]));
    expect(out.ocr).toBeUndefined();
    expect(out.note).toBe("Text from the PDF's text layer (1 page).");
  });

  it('fails a scan whose page image cannot be decoded with a clear message, per file', async () => {
    const corrupt = { ...scan, data: scan.data.map((b, i) => (i > 2 ? (b * 7 + i) & 0xff : b)) };
    const failed = await errorOf(extractFile('broken-scan.pdf', makeScanPdf([{ image: corrupt }])));
    expect(failed.input).toBe(true);
    expect(failed.message).toBe('This PDF has no text layer, and its scanned page images could not be decoded (corrupt or in an unsupported image format).');
  });

  it('reads the words of an image-only page and marks the document as read by OCR', { timeout: 120_000 }, async () => {
    const pages: number[] = [];
    const pdf = makeScanPdf([{ lines: ['A page with a text layer of its own, which is read as it is.'] }, { image: scan }]);
    const doc = await processRawDocument({ id: 'scan', format: 'pdf', content: Buffer.from(pdf).toString('base64'), meta: {}, file: 'scan.pdf' }, undefined, {
      onOcrPage: (page, of) => pages.push(page, of),
    });
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('A page with a text layer of its own');
    for (const word of ['Harbour', 'ferries', 'resume', 'crossings', 'Kittiwake', 'Bay', 'winter', 'storms']) expect(text).toContain(word);
    expect(doc.ocr).toMatchObject({ pages: 1, pageCount: 2, language: 'eng' });
    expect(doc.ocr!.confidence).toBeGreaterThan(50);
    expect(pages).toEqual([2, 2]);
  });
});

describe('a scanned page that cannot be read', () => {
  it('is left out and named, and the other pages are kept', { timeout: 120_000 }, async () => {
    const corrupt = { ...scan, data: scan.data.map((b, i) => (i > 2 ? (b * 7 + i) & 0xff : b)) };
    const out = await extractFile('partly-broken.pdf', makeScanPdf([{ image: corrupt }, { image: scan }]));
    expect(out.content).toContain('Kittiwake');
    expect(out.ocr).toMatchObject({ pages: 1, pageCount: 2, unreadPages: [1] });
    expect(out.note).toMatch(/^Text read by OCR from a scanned PDF \(1 of 2 pages, English, mean confidence \d+%; page 1 could not be read\); it may contain errors\.$/u);
  });

  it('is named in the note of a PDF otherwise read from its text layer', async () => {
    const corrupt = { ...scan, data: scan.data.map((b, i) => (i > 2 ? (b * 7 + i) & 0xff : b)) };
    const out = await extractFile('mixed.pdf', makeScanPdf([{ lines: ['Ministers in London said on Tuesday that the line would reopen in the spring.'] }, { image: corrupt }]));
    expect(out.ocr).toBeUndefined();
    expect(out.note).toBe("Text from the PDF's text layer (2 pages); the scanned image on page 2 could not be read.");
  });
});

describe('OCR in the document workers', () => {
  it('reads a scan in the worker thread the add queue uses, with the OCR note', { timeout: 120_000 }, async () => {
    const pdf = makeScanPdf([{ image: scan }]);
    const [outcome] = await processInWorkers([{ id: 'w', format: 'pdf', content: Buffer.from(pdf).toString('base64'), meta: {}, file: 'w.pdf' }], 1, () => {});
    if (!outcome?.ok) throw new Error(`expected the scan to be read: ${JSON.stringify(outcome)}`);
    expect(outcome.doc.paragraphs.map((p) => p.text).join(' ')).toContain('Kittiwake');
    expect(outcome.doc.ocr).toMatchObject({ pages: 1, pageCount: 1 });
    expect(outcome.note).toMatch(/^Text read by OCR from a scanned PDF \(1 page, English, mean confidence \d+%\); it may contain errors\.$/u);
  });
});

describe('OCR helpers', () => {
  it('turns pdf.js 1-bit, RGB and RGBA pixels into grey, transparent pixels onto white', () => {
    expect(Array.from(toGrey({ width: 9, height: 1, kind: 1, data: Uint8Array.of(0b10100000, 0b10000000) })!.data)).toEqual([255, 0, 255, 0, 0, 0, 0, 0, 255]);
    expect(Array.from(toGrey({ width: 2, height: 1, kind: 2, data: Uint8Array.of(255, 255, 255, 0, 0, 0) })!.data)).toEqual([255, 0]);
    expect(Array.from(toGrey({ width: 2, height: 1, kind: 3, data: Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 255) })!.data)).toEqual([255, 0]);
    expect(toGrey({ width: 2, height: 2, kind: 2, data: Uint8Array.of(1, 2, 3) })).toBeNull();
  });

  it('makes paragraphs of tesseract text: lines joined, blank lines split, hyphenation undone', () => {
    expect(ocrParagraphs('The ferry left at dawn\nwith forty pass-\nengers.\n\nA second para\ngraph.\n')).toEqual(['The ferry left at dawn with forty passengers.', 'A second para graph.']);
  });
});
