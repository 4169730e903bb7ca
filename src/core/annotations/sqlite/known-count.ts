import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupFolder } from './backups';

/**
 * How many annotations the store last committed, kept outside the database: a damaged WAL
 * loses commits without an error, and the database itself would agree with its own loss.
 * The store writes it so that it never exceeds the truth after a kill: before COMMIT when a
 * change lowers the count, after COMMIT when it raises it. So a database that opens with
 * fewer annotations than this lost some.
 */
function fileFor(path: string): string {
  return join(backupFolder(path), 'known-count.json');
}

export function readKnownCount(path: string): number | null {
  try {
    const file = fileFor(path);
    if (!existsSync(file)) return null;
    const value = (JSON.parse(readFileSync(file, 'utf8')) as { annotations?: unknown }).annotations;
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
  } catch {
    return null;
  }
}

/** Best effort: a count that cannot be written only weakens the start-up check. */
export function writeKnownCount(path: string, annotations: number): void {
  try {
    const file = fileFor(path);
    mkdirSync(backupFolder(path), { recursive: true });
    writeFileSync(`${file}.partial`, JSON.stringify({ annotations }));
    renameSync(`${file}.partial`, file);
  } catch {
    // Disk full or read-only: the check is skipped until it can be written again.
  }
}
