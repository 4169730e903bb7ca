import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcessedDocument } from '../../../shared/corpus';
import type { DuplicateInfo } from '../duplicates';
import type { FileRecord } from '../manifest';
import { sha256 } from '../read-sources';
import { buildCorpusTables } from './build-tables';
import { ENTITY_TABLE_FILE, MENTION_TABLE_FILE, TIMELINE_TABLE_FILE } from './tables-format';

/** Writes the three table files into a build folder; their records go into the manifest. */
export function writeCorpusTables(dir: string, docs: readonly ProcessedDocument[], duplicates: ReadonlyMap<string, DuplicateInfo>): FileRecord[] {
  const tables = buildCorpusTables(docs, duplicates);
  const files: [string, unknown][] = [
    [ENTITY_TABLE_FILE, tables.entities],
    [MENTION_TABLE_FILE, tables.mentions],
    [TIMELINE_TABLE_FILE, tables.timeline],
  ];
  return files.map(([file, value]) => {
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    writeFileSync(join(dir, file), bytes);
    return { file, bytes: bytes.length, sha256: sha256(bytes) };
  });
}
