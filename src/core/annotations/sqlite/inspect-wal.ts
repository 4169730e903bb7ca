import { existsSync, readFileSync, statSync } from 'node:fs';

/**
 * Reads a write-ahead log the way SQLite will (https://www.sqlite.org/fileformat2.html#walformat)
 * to find committed changes SQLite is about to drop without a word: it replays frames only
 * up to the first one whose checksum or salt fails and deletes the log on close. A commit
 * frame (one with a database size) after that point, a bad header on a log holding frames,
 * or a torn last frame means commits are being lost.
 */
export interface WalReport {
  /** Complete frames in the file. */
  frames: number;
  /** Frames SQLite will replay (up to and including the last valid commit). */
  replayed: number;
  /** Commit frames written for this log that fail verification: committed changes SQLite drops. */
  lostCommits: number;
  /** What is wrong, for the user; null when the log is sound. */
  problem: string | null;
}

const HEADER = 32;
const FRAME_HEADER = 24;

export function inspectWal(walPath: string): WalReport | null {
  if (!existsSync(walPath) || statSync(walPath).size === 0) return null;
  const wal = readFileSync(walPath);
  if (wal.length < HEADER) return { frames: 0, replayed: 0, lostCommits: 0, problem: `the write-ahead log is cut short (${wal.length} bytes)` };
  const magic = wal.readUInt32BE(0);
  const bigEndian = magic === 0x377f0683;
  const pageSize = wal.readUInt32BE(8);
  const frameSize = FRAME_HEADER + pageSize;
  const frames = pageSize >= 512 && pageSize <= 65536 ? Math.floor((wal.length - HEADER) / frameSize) : 0;
  const torn = pageSize >= 512 && (wal.length - HEADER) % frameSize !== 0;
  const headerSum = checksum(wal, 0, 24, [0, 0], bigEndian);
  const headerOk =
    (magic === 0x377f0682 || magic === 0x377f0683) && headerSum[0] === wal.readUInt32BE(24) && headerSum[1] === wal.readUInt32BE(28);
  if (!headerOk) {
    return { frames, replayed: 0, lostCommits: frames > 0 ? 1 : 0, problem: frames > 0 ? 'the write-ahead log header is damaged, so SQLite ignores all of it' : null };
  }
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let sum = headerSum;
  let replayed = 0;
  let valid = true;
  let lostCommits = 0;
  for (let i = 0; i < frames; i++) {
    const at = HEADER + i * frameSize;
    const sameLog = wal.readUInt32BE(at + 8) === salt1 && wal.readUInt32BE(at + 12) === salt2;
    const commit = wal.readUInt32BE(at + 4) !== 0;
    if (valid) {
      const next = checksum(wal, at + FRAME_HEADER, pageSize, checksum(wal, at, 8, sum, bigEndian), bigEndian);
      if (sameLog && next[0] === wal.readUInt32BE(at + 16) && next[1] === wal.readUInt32BE(at + 20)) {
        sum = next;
        if (commit) replayed = i + 1;
        continue;
      }
      valid = false;
    }
    // Frames of an earlier generation of the log (other salts) are legitimately ignored.
    if (sameLog && commit) lostCommits++;
  }
  let problem: string | null = null;
  if (lostCommits > 0) problem = `the write-ahead log is damaged: ${lostCommits} committed change${lostCommits === 1 ? '' : 's'} in it cannot be verified`;
  // A torn last frame alone is not reported: SQLite writes a frame's header and page in two
  // writes, so a kill can leave one, and it belongs to a transaction whose COMMIT had not
  // returned. Truncation that cuts committed frames shows up in the known count instead.
  void torn;
  return { frames, replayed, lostCommits, problem };
}

/** SQLite's WAL checksum: pairs of 32-bit words in the log's byte order, summed cumulatively. */
function checksum(buf: Buffer, start: number, length: number, seed: readonly number[], bigEndian: boolean): [number, number] {
  let s0 = seed[0] ?? 0;
  let s1 = seed[1] ?? 0;
  for (let i = start; i + 8 <= start + length; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}
