import { electronStatus, realFs } from '../../../scripts/ensure-electron';

/**
 * Where the Electron binary is, or why it is not there — the same check `npm start` makes.
 * Never `require('electron')`: in plain Node that starts the lazy binary download.
 */
export function electronBinary(root: string): { path: string } | { missing: string } {
  const status = electronStatus(root, realFs);
  return status.ok ? { path: status.binary } : { missing: status.missing };
}
