import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcessedDocument } from '../../../shared/corpus';
import type { DuplicateInfo } from '../duplicates';
import type { FileRecord } from '../manifest';
import { sha256 } from '../read-sources';
import { buildCorpusTables } from './build-tables';
import { ENTITY_TABLE_FILE, MENTION_TABLE_FILE, REGROUP_CLAIM_FILE, REGROUP_MENTION_FILE, REGROUP_TABLE_FILE, TIMELINE_TABLE_FILE, type ClaimRow, type MentionRow } from './tables-format';

/** One JSON line per list (none for null), with the flat [offset, length, ...] of each line (-1, -1 for none). */
function linesOf(lists: readonly (MentionRow[] | ClaimRow[] | null)[]): { bytes: Buffer; ranges: number[] } {
  const lines: Buffer[] = [];
  const ranges: number[] = [];
  let offset = 0;
  for (const rows of lists) {
    if (!rows) {
      ranges.push(-1, -1);
      continue;
    }
    const line = Buffer.from(`${JSON.stringify(rows)}\n`, 'utf8');
    ranges.push(offset, line.length - 1);
    lines.push(line);
    offset += line.length;
  }
  return { bytes: Buffer.concat(lines), ranges };
}

/**
 * Writes the table files into a build folder; their records go into the manifest. The mention
 * file has one line per entity; the regroup files (tables-format.ts RegroupTable) what merges
 * and splits need, and what added documents need to join the claims.
 */
export function writeCorpusTables(dir: string, docs: readonly ProcessedDocument[], duplicates: ReadonlyMap<string, DuplicateInfo>): FileRecord[] {
  const tables = buildCorpusTables(docs, duplicates);
  const mentions = linesOf(tables.mentions.byEntity);
  const files: [string, Buffer][] = [
    [ENTITY_TABLE_FILE, Buffer.from(JSON.stringify({ ...tables.entities, mentionRanges: mentions.ranges }), 'utf8')],
    [MENTION_TABLE_FILE, mentions.bytes],
    [TIMELINE_TABLE_FILE, Buffer.from(JSON.stringify(tables.timeline), 'utf8')],
  ];
  if (tables.regroup) {
    const groups = linesOf(tables.regroup.groupRows);
    const claims = linesOf(tables.regroup.claimRows);
    files.push(
      [REGROUP_TABLE_FILE, Buffer.from(JSON.stringify({ ...tables.regroup.table, groupRanges: groups.ranges, claimRanges: claims.ranges }), 'utf8')],
      [REGROUP_MENTION_FILE, groups.bytes],
      [REGROUP_CLAIM_FILE, claims.bytes],
    );
  }
  return files.map(([file, bytes]) => {
    writeFileSync(join(dir, file), bytes);
    return { file, bytes: bytes.length, sha256: sha256(bytes) };
  });
}
