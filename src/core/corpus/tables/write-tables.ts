import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcessedDocument } from '../../../shared/corpus';
import type { DuplicateInfo } from '../duplicates';
import type { FileRecord } from '../manifest';
import { sha256 } from '../read-sources';
import { buildCorpusTables } from './build-tables';
import { ENTITY_TABLE_FILE, MENTION_TABLE_FILE, TIMELINE_TABLE_FILE } from './tables-format';

/** Writes the three table files into a build folder; their records go into the manifest. The mention file has one line per entity. */
export function writeCorpusTables(dir: string, docs: readonly ProcessedDocument[], duplicates: ReadonlyMap<string, DuplicateInfo>): FileRecord[] {
  const tables = buildCorpusTables(docs, duplicates);
  const lines: Buffer[] = [];
  const mentionRanges: number[] = [];
  let offset = 0;
  for (const rows of tables.mentions.byEntity) {
    const line = Buffer.from(`${JSON.stringify(rows)}\n`, 'utf8');
    mentionRanges.push(offset, line.length - 1);
    lines.push(line);
    offset += line.length;
  }
  const files: [string, Buffer][] = [
    [ENTITY_TABLE_FILE, Buffer.from(JSON.stringify({ ...tables.entities, mentionRanges }), 'utf8')],
    [MENTION_TABLE_FILE, Buffer.concat(lines)],
    [TIMELINE_TABLE_FILE, Buffer.from(JSON.stringify(tables.timeline), 'utf8')],
  ];
  return files.map(([file, bytes]) => {
    writeFileSync(join(dir, file), bytes);
    return { file, bytes: bytes.length, sha256: sha256(bytes) };
  });
}
