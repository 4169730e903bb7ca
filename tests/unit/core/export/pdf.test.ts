import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printHtmlWithChromium } from './print-chromium';
import { fixtureService } from './service-fixture';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const missing = !existsSync(CHROMIUM) ? `Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)` : !hasPdftotext ? 'pdftotext (poppler-utils) is not installed' : null;
if (missing) console.warn(`[export] PDF test skipped: ${missing}.`);

describe.skipIf(missing !== null)('PDF export (the HTML export printed by Chromium, as Electron does)', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('its CSP lets the page\'s own stylesheet apply (by hash) and blocks everything else', async () => {
    const { service } = fixtureService();
    const html = (await service.exportFile({ format: 'html', scope: { all: true } })).data;
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/iu.test(m.text())) violations.push(m.text());
    });
    await page.setContent(html.replace('</body>', '<img src="https://tracker.example/x.png"></body>'), { waitUntil: 'load' });
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Georgia/u);
    expect(violations.join('\n')).toMatch(/img-src/u); // the injected image was blocked...
    expect(violations.join('\n')).not.toMatch(/style-src/u); // ...the stylesheet was not
    await page.close();
  });

  it('holds every quote and note as text', async () => {
    const { service } = fixtureService({ platform: { name: 'electron', printToPdf: (html) => printHtmlWithChromium(browser, html) } });
    const file = await service.exportFile({ format: 'pdf', scope: { all: true } });
    const bytes = Buffer.from(file.data, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const path = join(dir, 'export.pdf');
    writeFileSync(path, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
    for (const expected of [
      'Officials in Kyiv and Washington',
      'Plain note.',
      '<script>alert("quote")</script>',
      'Note with <script>alert("note")</script>',
      '=HYPERLINK("http://evil.example/?x=1","click me")',
      'He said "we will, perhaps, go"',
      'Its document was removed.',
      'Important: keep this Markdown.',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
