import type { Browser } from 'playwright-core';

/** What Electron's printToPdf does, with Playwright's Chromium: scripts off, nothing fetched. */
export async function printHtmlWithChromium(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
  } finally {
    await context.close();
  }
}
