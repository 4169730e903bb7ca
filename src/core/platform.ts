/**
 * What a host (Electron main, or the web host in tests) provides to core handlers:
 * the few things that need a window or a native dialog. Core never imports electron.
 */
export interface PlatformServices {
  /** Human name of the host, for logs and about boxes. */
  readonly name: 'electron' | 'web';
}
