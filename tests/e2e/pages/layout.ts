import type { Locator, Page } from '@playwright/test';

/** The workspace's panes and their toggles, and geometry checks on what is drawn. */
export class Layout {
  readonly libraryToggle: Locator;
  readonly briefingToggle: Locator;
  readonly focusButton: Locator;
  readonly reader: Locator;

  constructor(readonly page: Page) {
    const banner = page.getByRole('banner');
    this.libraryToggle = banner.getByRole('button', { name: 'Library', exact: true });
    this.briefingToggle = banner.getByRole('button', { name: 'Briefing', exact: true });
    this.focusButton = banner.getByRole('button', { name: 'Focus mode' });
    this.reader = page.getByRole('main', { name: 'Document' });
  }

  separator(pane: 'library' | 'briefing'): Locator {
    return this.page.getByRole('separator', { name: `Resize the ${pane}` });
  }

  /**
   * Characters on each full line of the first body paragraphs (the last line of a paragraph
   * is short by nature and not counted), measured from the laid-out text itself.
   */
  async charactersPerLine(): Promise<{ average: number; lines: number }> {
    return this.page.evaluate(() => {
      const counts: number[] = [];
      const range = document.createRange();
      for (const p of [...document.querySelectorAll('article [data-paragraph-id]')].slice(0, 8)) {
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            const top = Math.round(rect.top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
        }
        const tops = [...lines.keys()].sort((a, b) => a - b);
        for (const top of tops.slice(0, -1)) counts.push(lines.get(top)!);
      }
      return { average: counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length), lines: counts.length };
    });
  }

  /**
   * Controls and headings inside `panel` whose box pokes out of it sideways, and scroll areas
   * in it that scroll sideways (except tab rows, which are meant to). Empty when all is well.
   */
  async overflowing(panel: Locator): Promise<string[]> {
    return panel.evaluate((root) => {
      const box = root.getBoundingClientRect();
      const bad: string[] = [];
      const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      const inSideScroller = (el: Element) => {
        for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
          if (p.getAttribute('role') === 'tablist' && p.scrollWidth > p.clientWidth) return true;
        }
        return false;
      };
      const selector = 'button, input:not([type=hidden]), select, textarea, a[href], [role=tab], h1, h2, h3, li, .tag-chip, time';
      for (const el of root.querySelectorAll(selector)) {
        if (!el.checkVisibility() || inSideScroller(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) bad.push(`${name(el)} ${Math.round(r.left)}..${Math.round(r.right)} outside ${Math.round(box.left)}..${Math.round(box.right)}`);
      }
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (!el.checkVisibility() || el.getAttribute('role') === 'tablist') continue;
        const style = getComputedStyle(el);
        if (/(auto|scroll)/u.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) bad.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
      return bad;
    });
  }
}
