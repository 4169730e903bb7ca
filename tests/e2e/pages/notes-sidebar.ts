import type { Locator, Page } from '@playwright/test';

/** The Notes tab of the briefing panel: list, filters, export/import — by role and name only. */
export class NotesSidebar {
  readonly tab: Locator;
  readonly root: Locator;
  readonly placed: Locator;
  readonly orphans: Locator;
  readonly allDocuments: Locator;
  readonly exportButton: Locator;
  readonly importInput: Locator;
  readonly copyMarkdown: Locator;
  readonly deleteSelected: Locator;
  readonly status: Locator;
  readonly alert: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Notes' });
    this.root = page.getByRole('region', { name: 'Notes' });
    this.placed = this.root.getByRole('list', { name: 'Annotations', exact: true });
    this.orphans = this.root.getByRole('list', { name: 'Could not be placed' });
    this.allDocuments = this.root.getByRole('checkbox', { name: 'All documents' });
    this.exportButton = this.root.getByRole('button', { name: 'Export…' });
    this.importInput = this.root.getByLabel('Import annotations file');
    this.copyMarkdown = this.root.getByRole('button', { name: 'Copy as Markdown' });
    this.deleteSelected = this.root.getByRole('button', { name: /^Delete selected/u });
    // The notes' one message (with Undo) is a toast over the window, not inside the panel.
    this.status = page.getByRole('status', { name: 'Annotation messages' });
    this.alert = page.getByRole('alert', { name: 'Annotation problems' });
    this.undo = this.root.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' });
    this.redo = this.root.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Redo' });
    this.heading = this.root.getByRole('heading', { name: /^Notes/u });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** One annotation's entry, found by the start of its quote. */
  item(quoteStart: string): Locator {
    return this.root.getByRole('listitem', { name: new RegExp(`^${quoteStart.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u') });
  }

  async select(quoteStart: string): Promise<void> {
    await this.item(quoteStart).getByRole('checkbox').check();
  }

  async delete(quoteStart: string): Promise<void> {
    await this.item(quoteStart).getByRole('button', { name: /^Delete/u }).click();
  }

  async edit(quoteStart: string): Promise<void> {
    await this.item(quoteStart).getByRole('button', { name: /^Edit/u }).click();
  }

  exportDialog(): ExportDialog {
    return new ExportDialog(this.page);
  }
}

export class ExportDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export annotations' });
  }
  scope(name: 'This document' | 'All documents' | RegExp): Locator {
    return this.root.getByRole('radio', { name });
  }
  format(name: 'Markdown' | 'W3C JSON-LD' | 'CSV' | 'HTML' | 'PDF'): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }
  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close' }).click();
  }
}
