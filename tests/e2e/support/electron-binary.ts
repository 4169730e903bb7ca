import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the Electron binary is, or why it is not there. Never `require('electron')`:
 * in plain Node that starts the lazy binary download, which cannot work offline.
 */
export function electronBinary(root: string): { path: string } | { missing: string } {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'node_modules/electron/path.txt is absent: the Electron binary was never downloaded on this machine' };
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { missing: `the Electron binary ${binary} does not exist` };
  return { path: binary };
}
