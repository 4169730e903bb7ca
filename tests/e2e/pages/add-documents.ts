import type { Locator, Page } from '@playwright/test';

/** Adding documents: the toolbar buttons, the progress/summary panel, "Your documents" — by role and name. */
export class AddDocumentsScreen {
  readonly addButton: Locator;
  readonly yourDocumentsButton: Locator;
  readonly panel: Locator;
  readonly progress: Locator;
  readonly summary: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.addButton = page.getByRole('button', { name: 'Add documents…' });
    this.yourDocumentsButton = page.getByRole('button', { name: 'Your documents' });
    this.panel = page.getByRole('region', { name: /^(Adding documents|Documents added)$/u });
    this.progress = this.panel.getByRole('progressbar', { name: 'Files processed' });
    this.summary = page.getByRole('region', { name: 'Documents added' }).getByRole('status');
    this.list = page.getByRole('dialog', { name: 'Your documents' });
  }

  /** Clicks "Add documents…" and answers the file chooser it opens (the web host's file input). */
  async add(paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.addButton.click();
    await (await chooser).setFiles(paths);
  }

  result(name: string): Locator {
    return this.panel.getByRole('list', { name: 'Files' }).getByRole('listitem').filter({ hasText: name });
  }

  async closePanel(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Close' }).click();
  }
}
