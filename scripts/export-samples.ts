/**
 * Writes docs/samples/: one export of each format (Markdown, W3C JSON-LD, CSV, HTML, PDF) of a
 * few annotations on the seed article, with fixed ids and dates so reruns give the same files
 * (the PDF embeds Chromium's creation date, so it differs byte-wise between runs).
 *
 *   npx tsx scripts/export-samples.ts            (CHROMIUM_PATH overrides /usr/bin/chromium)
 *
 * The PDF is printed with Chromium through playwright-core, like Electron's printToPDF does in
 * the app; without Chromium the other four are still written.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAnnotationStore } from '../src/core/annotations/sqlite/sqlite-store';
import { loadCorpus } from '../src/core/corpus/load-corpus';
import { createExportService } from '../src/core/export/export-service';
import { corpusPaths } from '../src/core/services';
import { LIMITS, type Annotation, type Colour } from '../src/shared/annotations';
import type { ExportFormat } from '../src/shared/api/export';
import { documentText, paragraphOffsets, type ProcessedDocument } from '../src/shared/corpus';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'docs', 'samples');
const SEED_ID = 'cnn-2024-10-25-north-koreans-ukraine';

const SAMPLES: { exact: string; note: string; tags: string[]; colour: Colour }[] = [
  {
    exact: 'North Korean troops were dispatched to Russia for training',
    note: 'Core claim. Sourced to **three governments** (US, Ukraine, South Korea) — check whether any released evidence.',
    tags: ['north korea', 'troops', 'claims'],
    colour: 'yellow',
  },
  {
    exact: 'Vladimir Putin did not deny',
    note: 'Non-denial at the BRICS summit; compare with the Kremlin readout.\n\n- [ ] find transcript',
    tags: ['russia', 'putin'],
    colour: 'pink',
  },
  { exact: 'Kursk region', note: '', tags: ['places'], colour: 'green' },
  {
    exact: 'Leaked audio intercepts',
    note: 'Provenance: Ukrainian military intelligence (HUR). Treat as *partisan* source.',
    tags: ['sources', 'intelligence'],
    colour: 'blue',
  },
  {
    exact: 'What if the North Koreans make this a habit?',
    note: 'Good pull quote for the briefing summary.',
    tags: ['quotes'],
    colour: 'purple',
  },
];

function annotationOn(doc: ProcessedDocument, sample: (typeof SAMPLES)[number], n: number): Annotation | null {
  const text = documentText(doc.paragraphs);
  const start = text.indexOf(sample.exact);
  if (start < 0) return null;
  const end = start + sample.exact.length;
  const offsets = paragraphOffsets(doc.paragraphs);
  const index = offsets.reduce((found, offset, i) => (offset <= start ? i : found), 0);
  const created = new Date(Date.UTC(2024, 9, 26, 8, 15 + n * 7)).toISOString();
  return {
    id: `5a3e1c00-0000-4000-8000-${String(n + 1).padStart(12, '0')}`,
    created,
    modified: created,
    target: {
      documentId: doc.id,
      paragraphId: doc.paragraphs[index]!.id,
      quote: {
        type: 'TextQuoteSelector',
        exact: sample.exact,
        prefix: text.slice(Math.max(0, start - LIMITS.contextChars), start),
        suffix: text.slice(end, end + LIMITS.contextChars),
      },
      position: { type: 'TextPositionSelector', start, end },
    },
    note: sample.note,
    tags: sample.tags,
    colour: sample.colour,
  };
}

async function printPdf(html: string): Promise<Uint8Array | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const corpus = loadCorpus(corpusPaths(join(root, 'resources')));
  const doc = corpus.get(SEED_ID);
  const annotations = SAMPLES.map((s, i) => annotationOn(doc, s, i)).filter((a): a is Annotation => a !== null);
  if (annotations.length < SAMPLES.length) console.warn(`[samples] ${SAMPLES.length - annotations.length} sample quotes are not in the seed text any more.`);
  if (annotations.length === 0) throw new Error('No sample quote found in the seed article.');

  const dbDir = mkdtempSync(join(tmpdir(), 'dossier-samples-'));
  const store = openAnnotationStore({ path: join(dbDir, 'annotations.sqlite') });
  try {
    store.merge(annotations);
    let n = 0;
    const service = createExportService({
      corpus,
      store,
      platform: { name: 'electron', printToPdf: async (html) => (await printPdf(html)) ?? Promise.reject(new Error('no Chromium')) },
      now: () => new Date('2024-10-28T09:00:00.000Z'),
      randomId: () => `5a3e1c00-0000-4000-9000-${String(++n).padStart(12, '0')}`,
    });
    mkdirSync(outDir, { recursive: true });
    const formats: ExportFormat[] = ['markdown', 'jsonld', 'csv', 'html', 'pdf'];
    for (const format of formats) {
      try {
        const file = await service.exportFile({ format, scope: { documentId: SEED_ID } });
        const name = `seed-annotations.${file.fileName.split('.').pop()}`;
        writeFileSync(join(outDir, name), file.encoding === 'base64' ? Buffer.from(file.data, 'base64') : Buffer.from(file.data, 'utf8'));
        console.log(`[samples] docs/samples/${name} (${file.count} annotations)`);
      } catch (error) {
        console.warn(`[samples] ${format} not written: ${(error as Error).message}`);
      }
    }
  } finally {
    store.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}

await main();
