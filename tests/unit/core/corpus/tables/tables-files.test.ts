import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { summarize, type CorpusService } from '../../../../../src/core/corpus/corpus-service';
import { MANIFEST_FILE } from '../../../../../src/core/corpus/manifest';
import { buildCorpusTables } from '../../../../../src/core/corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource, tablesSource } from '../../../../../src/core/corpus/tables/corpus-tables-service';
import { MENTION_TABLE_FILE } from '../../../../../src/core/corpus/tables/tables-format';
import { writeCorpusTables } from '../../../../../src/core/corpus/tables/write-tables';
import { makeDoc } from './make-doc';

const docs = [
  makeDoc({ id: 'a', paragraphs: ['Tony Blair met the SEC.'], entities: [{ name: 'Tony Blair', type: 'person' }, { name: 'SEC', type: 'organization' }] }),
  makeDoc({ id: 'b', paragraphs: ['Mr Blair said no.'], entities: [{ name: 'Blair', type: 'person' }] }),
];
const summaries = docs.map((d) => summarize(d));
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fromFiles(damage?: (dir: string) => void) {
  dir = mkdtempSync(join(tmpdir(), 'dossier-tables-'));
  const records = writeCorpusTables(dir, docs, new Map());
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ tables: records }));
  damage?.(dir);
  const corpus = { info: () => ({ status: 'ready' }), list: () => summaries, loadAll: () => docs } as unknown as CorpusService;
  return createCorpusTablesService(tablesSource(dir, corpus), () => summaries);
}

describe('corpus tables on disk', () => {
  const memory = () => createCorpusTablesService(memoryTablesSource(buildCorpusTables(docs)), () => summaries);

  it('answer exactly as the tables computed in memory, one entity line read per selection', () => {
    const files = fromFiles();
    expect(files.entities({})).toEqual(memory().entities({}));
    expect(files.entity('person:tony blair')).toEqual(memory().entity('person:tony blair'));
    expect(files.documentIdsOf('person:tony blair')).toEqual(['a', 'b']);
    expect(files.timeline({})).toEqual(memory().timeline({}));
  });

  it('fall back to computing from the documents when the mention file is damaged', () => {
    const files = fromFiles((d) => writeFileSync(join(d, MENTION_TABLE_FILE), 'not the file'));
    expect(files.entity('person:tony blair').documents.map((x) => x.documentId)).toEqual(['a', 'b']);
  });
});
