/**
 * npm run bench:ocr [-- --pages=N]: seconds per page to read a scanned PDF by OCR, the way the
 * add-documents worker does (extractFile → pdf.js page images → tesseract.js, English).
 * The pages are our own sentences, drawn by Chromium (CHROMIUM_PATH, else /usr/bin/chromium)
 * as a US Letter page at 200 dpi (1700×2200 grey, about 400 words), the density of a scanned
 * report; each page is one image, as a scanner writes it.
 */
import { cpus, loadavg } from 'node:os';
import { extractFile } from '../src/core/corpus/formats';
import { drawTextPages } from '../tests/unit/core/corpus/formats/fixtures/draw-text-page';
import { makeScanPdf, pngAsPdfImage } from '../tests/unit/core/corpus/formats/make-files';

const WIDTH = 1700;
const HEIGHT = 2200;
const SENTENCES = [
  'The harbour board met on Thursday to review the winter timetable for the island ferries.',
  'Officials said two of the older vessels would be withdrawn for repairs before the spring.',
  'Passenger numbers rose by nine per cent last year, according to figures from the operator.',
  'A spokesperson for the council said the new pier at Kittiwake Bay would open in late May.',
  'Local businesses have asked for an earlier first sailing so that deliveries arrive by noon.',
  'The report recommends a review of fares for residents, students and regular commuters.',
];

function pageText(n: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 44; i++) lines.push(`${SENTENCES[(i + n) % SENTENCES.length]}`);
  return lines;
}

// 11-pt type at 200 dpi is about 31 px.
const renderPages = (count: number) =>
  drawTextPages(Array.from({ length: count }, (_, n) => ({ lines: pageText(n), width: WIDTH, height: HEIGHT, font: '30px serif', left: 160, top: 200, lineHeight: 42 })));

const pagesArg = process.argv.find((a) => a.startsWith('--pages='));
const count = pagesArg ? Number(pagesArg.slice(8)) : 3;
const pngs = await renderPages(count);
const pdf = makeScanPdf(pngs.map((png) => ({ image: pngAsPdfImage(png) })));
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
const stamps: number[] = [];
const started = performance.now();
const out = await extractFile('bench-scan.pdf', pdf, 'pdf', { onOcrPage: () => stamps.push(performance.now()) });
const total = (performance.now() - started) / 1000;
stamps.push(performance.now());
// The first page's time includes starting tesseract.js and loading the English data.
const perPage = stamps.slice(1).map((t, i) => (t - stamps[i]!) / 1000);
const words = out.content.split(/\s+/u).filter(Boolean).length;
const expected = pngs.length * 44 * 15;
console.log(`OCR of a ${count}-page scan (${WIDTH}×${HEIGHT} px a page, 200 dpi), ${cpus().length} cores, load average at start ${load}:`);
console.log(`  total ${total.toFixed(2)} s; per page ${perPage.map((s) => s.toFixed(2)).join(', ')} s (first includes engine start); mean ${(total / count).toFixed(2)} s/page`);
console.log(`  ${words} words read (about ${expected} on the pages); ${out.note}`);
console.log(`  load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
