import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../../src/core/library/library-files';
import { UserLibrary } from '../../../../src/core/library/user-library';
import { CORPUS_SCHEMA_VERSION, type ProcessedDocument } from '../../../../src/shared/corpus';

let root: string;
beforeEach(() => {
  root = join(mkdtempSync(join(tmpdir(), 'dossier-user-library-')), 'library');
});
afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

function add(library: UserLibrary, n: number): LibraryEntry {
  const id = `user-${n}`;
  const doc: ProcessedDocument = { schemaVersion: CORPUS_SCHEMA_VERSION, id, title: `Report ${n}`, published: null, byline: null, source: null, url: null, paragraphs: [{ id: 'p0', text: `Text of report ${n}.` }], entities: [], quotes: [], figures: [], events: [] };
  const entry: LibraryEntry = {
    id, title: doc.title, source: null, fileName: `report-${n}.txt`, format: 'txt', addedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z',
    contentSha256: `c${n}`.padEnd(64, '0'), textSha256: `t${n}`.padEnd(64, '0'), original: 'copy', originalPath: null, note: null, paragraphCount: 1, wordCount: 4, published: null, removedAt: null,
  };
  library.put(entry, doc, Buffer.from(`Text of report ${n}.`));
  return entry;
}

const titles = (library: UserLibrary) => library.active().map((e) => e.title).sort();
const manifest = () => join(root, 'manifest.json');
const log = () => join(root, 'manifest.log');

describe('the user library on disk', () => {
  it('adding a document appends to the log instead of rewriting the whole list, and a restart reads both', () => {
    const library = new UserLibrary(root);
    add(library, 1);
    add(library, 2);
    add(library, 3);
    expect(existsSync(manifest())).toBe(false);
    expect(readFileSync(log(), 'utf8').trim().split('\n')).toHaveLength(3);
    const reopened = new UserLibrary(root);
    expect(titles(reopened)).toEqual(['Report 1', 'Report 2', 'Report 3']);
    expect(reopened.problem).toBeNull();
    expect(reopened.get('user-2').paragraphs[0]!.text).toBe('Text of report 2.');
  });

  it('a removal and a restore are kept across a restart', () => {
    const library = new UserLibrary(root);
    add(library, 1);
    add(library, 2);
    library.setRemoved('user-1', true);
    expect(titles(new UserLibrary(root))).toEqual(['Report 2']);
    new UserLibrary(root).setRemoved('user-1', false);
    expect(titles(new UserLibrary(root))).toEqual(['Report 1', 'Report 2']);
  });

  it('a line a crash cut short is dropped silently, and the next addition is not glued to it', () => {
    const library = new UserLibrary(root);
    add(library, 1);
    appendFileSync(log(), '{"id":"user-9","title":"Half wri'); // a crash in the middle of an append
    const reopened = new UserLibrary(root);
    expect(titles(reopened)).toEqual(['Report 1']);
    expect(reopened.problem).toBeNull();
    add(reopened, 2);
    expect(titles(new UserLibrary(root))).toEqual(['Report 1', 'Report 2']);
  });

  it('a damaged line inside the log is reported and skipped; the other documents stay', () => {
    const library = new UserLibrary(root);
    add(library, 1);
    appendFileSync(log(), 'not json at all\n');
    add(library, 2);
    const reopened = new UserLibrary(root);
    expect(titles(reopened)).toEqual(['Report 1', 'Report 2']);
    expect(reopened.problem).toMatch(/1 damaged line/u);
  });

  it('the log is folded into the list once it outgrows it, so the files stay as small as the library', () => {
    const library = new UserLibrary(root);
    for (let n = 0; n < 300; n++) add(library, n);
    for (let k = 0; k < 401; k++) library.setRemoved('user-7', k % 2 === 0); // 401 changes of one entry
    const logLines = existsSync(log()) ? readFileSync(log(), 'utf8').trim().split('\n').length : 0;
    expect(logLines).toBeLessThanOrEqual(300);
    expect((JSON.parse(readFileSync(manifest(), 'utf8')) as { entries: unknown[] }).entries).toHaveLength(300);
    const reopened = new UserLibrary(root);
    expect(titles(reopened)).toHaveLength(299);
    expect(reopened.has('user-7')).toBe(false);
  });

  it('a crash after the list was rewritten but before the log was removed changes nothing', () => {
    const library = new UserLibrary(root);
    add(library, 1);
    add(library, 2);
    library.setRemoved('user-2', true);
    copyFileSync(log(), `${log()}.saved`);
    new UserLibrary(root); // opening folds the log into manifest.json and removes it
    expect(existsSync(log())).toBe(false);
    expect(statSync(manifest()).size).toBeGreaterThan(0);
    copyFileSync(`${log()}.saved`, log()); // as if the removal had not happened
    const reopened = new UserLibrary(root);
    expect(titles(reopened)).toEqual(['Report 1']);
    expect(reopened.problem).toBeNull();
  });
});
