import { expect, type Locator, type Page } from '@playwright/test';

/** The header's settings dialog (theme, text size, line spacing). */
export class SettingsDialog {
  readonly button: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('banner').getByRole('button', { name: 'Settings', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Settings' });
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  theme(name: 'Light' | 'Dark' | 'System'): Locator {
    return this.dialog.getByRole('radio', { name });
  }

  get textSize(): Locator {
    return this.dialog.getByRole('slider', { name: 'Text size' });
  }

  get lineSpacing(): Locator {
    return this.dialog.getByRole('slider', { name: 'Line spacing' });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Opens the dialog, picks a theme, closes it again. */
  async useTheme(name: 'Light' | 'Dark' | 'System'): Promise<void> {
    await this.open();
    await this.theme(name).check();
    await this.close();
  }
}

/** The `?` help sheet: search syntax and every key. */
export class ShortcutsSheet {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Help' });
  }

  group(name: string): Locator {
    return this.dialog.getByRole('region', { name });
  }
}
