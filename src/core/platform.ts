/**
 * What a host (Electron main, or the web host in tests) provides to core handlers:
 * the few things that need a window or a native dialog. Core never imports electron.
 */
export interface PlatformServices {
  /** Human name of the host, for logs and about boxes. */
  readonly name: 'electron' | 'web';
  /**
   * Export (issue 6): shows a save dialog suggesting `suggestedName` (in the folder last
   * saved to) and writes `bytes`; `title` names the dialog (default "Export annotations").
   * Absent in the web host, where the renderer downloads instead.
   */
  saveFile?(suggestedName: string, bytes: Uint8Array, title?: string): Promise<{ saved: boolean; path?: string }>;
  /** Export (issue 6): prints a standalone HTML page to PDF with scripts disabled. */
  printToPdf?(html: string): Promise<Uint8Array>;
  /**
   * Links in notes (issue 13): asks the user to confirm, then opens an already checked
   * http(s)/mailto URL in the system browser; resolves whether it was opened. Absent in the
   * web host, where the renderer's link opens a new tab itself.
   */
  openExternal?(url: string): Promise<boolean>;
  /**
   * Adding documents (issue 11): the native open dialog (files, several at once); the chosen
   * absolute paths, or [] when cancelled. Absent in the web host, which uses a file input.
   */
  chooseFiles?(): Promise<string[]>;
}
