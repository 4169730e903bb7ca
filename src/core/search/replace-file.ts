import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Writes a file beside `path` and renames it into place, so a reader never sees half a file
 * and one that has `path` open keeps reading what it opened (a running app reads paragraph
 * texts from the index file it loaded, which a rebuild must not change under it). `write` gets
 * a sink for the bytes in order and a way to patch bytes already written (a header field known
 * only at the end); what it returns is returned. On any error the partial file is removed.
 */
export function replaceFile<T>(path: string, write: (sink: (bytes: Uint8Array) => void, patch: (bytes: Uint8Array, at: number) => void) => T): T {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    const result = write(
      (bytes) => {
        for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at, bytes.byteLength - at);
      },
      (bytes, position) => {
        for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at, bytes.byteLength - at, position + at);
      },
    );
    closeSync(fd);
    renameSync(temp, path);
    return result;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed: the rename failed
    }
    rmSync(temp, { force: true });
    throw error;
  }
}
