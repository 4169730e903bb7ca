import type { Locator, Page } from '@playwright/test';

/** Selecting text in the reader, the selection toolbar and the annotation editor. */
export class AnnotationPopovers {
  readonly toolbar: Locator;
  readonly editor: Locator;
  readonly newEditor: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
    this.editor = page.getByRole('dialog', { name: 'Edit annotation' });
    this.newEditor = page.getByRole('dialog', { name: 'New annotation' });
  }

  /**
   * Selects `text` (within one paragraph, or from one paragraph's text into the next when
   * `endText` is given) with a DOM Range over the text nodes, as a drag would, then mouse-up.
   */
  async selectText(text: string, endText?: string): Promise<void> {
    await this.page.evaluate(
      ([startText, lastText]) => {
        const paragraphs = [...document.querySelectorAll<HTMLElement>('article [data-paragraph-id]')];
        const point = (p: HTMLElement, offset: number): [Node, number] => {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let at = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            if (offset <= at + length) return [node, offset - at];
            at += length;
          }
          throw new Error('offset outside the paragraph');
        };
        const first = paragraphs.find((p) => p.textContent!.includes(startText!));
        if (!first) throw new Error(`no paragraph contains "${startText}"`);
        const from = first.textContent!.indexOf(startText!);
        let endParagraph = first;
        let to = from + startText!.length;
        if (lastText) {
          endParagraph = paragraphs.find((p) => p !== first && p.textContent!.includes(lastText))!;
          to = endParagraph.textContent!.indexOf(lastText) + lastText.length;
        }
        const range = document.createRange();
        range.setStart(...point(first, from));
        range.setEnd(...point(endParagraph, to));
        first.scrollIntoView({ block: 'center' });
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        endParagraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      [text, endText ?? null] as const,
    );
  }

  colour(name: string): Locator {
    return this.toolbar.getByRole('button', { name: `Highlight ${name}` });
  }

  /** Marks drawn for highlights of a colour (their title starts "Highlight (colour)"). */
  highlights(colour: string): Locator {
    return this.page.getByRole('article').getByTitle(new RegExp(`^Highlight \\(${colour}\\)`, 'u'));
  }

  /** Types a note and tags in an open editor and saves. */
  async fill(dialog: Locator, note: string, tags: string[]): Promise<void> {
    await dialog.getByLabel('Note (Markdown)').fill(note);
    const tagField = dialog.getByLabel('Tags', { exact: true });
    for (const tag of tags) {
      await tagField.fill(tag);
      await tagField.press('Enter');
    }
  }
}
