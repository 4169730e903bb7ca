import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSources } from '../../../../src/core/corpus/collect-sources';
import { readSource } from '../../../../src/core/corpus/read-sources';
import { processFile, tempDir } from './helpers';

const ARTICLE = 'Flood barrier tested\n\nThe new flood barrier held back a record tide on Sunday, engineers said.\n';

function write(dir: string, name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('bad input gives one clear failure naming the file', () => {
  const dir = tempDir();
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /^Empty file/u],
    ['blank.md', ' \n\n \n', /^Empty file \(only whitespace\)/u],
    ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /^Binary file/u],
    ['latin1.txt', Buffer.from('Caf\xe9 au lait on the terrace, said the owner.', 'latin1'), /^Not valid UTF-8 text/u],
  ];
  for (const [name, content, message] of cases) {
    it(name, () => {
      const path = write(dir, name, content);
      const read = readSource(path);
      expect(read.documents).toEqual([]);
      expect(read.failures).toHaveLength(1);
      expect(read.failures[0]!.file).toBe(path);
      expect(read.failures[0]!.message).toMatch(message);
    });
  }

  it('a 50 MB file is refused by size without being read', () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const read = readSource(path);
    expect(read.failures).toEqual([{ file: path, message: 'File is 50.0 MB; the limit is 20.0 MB per document.' }]);
  });

  it('a JSONL line that is not JSON fails alone, with its line number', () => {
    const path = write(
      dir,
      'feed.jsonl',
      [
        JSON.stringify({ id: 'a-1', title: 'Tram line approved', body: 'The council approved the tram line on Monday.' }),
        '{"id": "a-2", "title": "Broken',
        JSON.stringify({ id: 'a-3', title: 'No body here' }),
        '',
        JSON.stringify({ title: 'Heat warning', body: 'A heat warning is in force until Friday.', published: '2024-07-01T10:00:00Z', source: 'Met Desk', url: 'https://example.org/heat' }),
      ].join('\n'),
    );
    const read = readSource(path);
    expect(read.wantedIds).toEqual(['a-1', 'feed-5']);
    expect(read.failures.map((f) => [f.line, f.message.split(':')[0]])).toEqual([
      [2, 'Not JSON'],
      [3, 'Missing or empty "body".'],
    ]);
    expect(read.documents[1]!.meta).toMatchObject({ title: 'Heat warning', published: '2024-07-01T10:00:00Z', source: 'Met Desk', url: 'https://example.org/heat' });
  });
});

describe('sidecar metadata', () => {
  it('overrides what is detected in the text', () => {
    const dir = tempDir();
    const path = write(dir, 'barrier.txt', `By Ann Example\n\n${ARTICLE}`);
    write(dir, 'barrier.txt.meta.json', JSON.stringify({ title: 'Barrier holds', published: '2024-01-07', source: 'Harbour Times', url: 'https://example.org/b', byline: 'Kim Lo' }));
    const doc = processFile(path);
    expect(doc).toMatchObject({ id: 'barrier', title: 'Barrier holds', published: '2024-01-07', source: 'Harbour Times', url: 'https://example.org/b', byline: 'Kim Lo' });
  });

  it('that is not JSON fails the document with a clear message', () => {
    const dir = tempDir();
    const path = write(dir, 'barrier.txt', ARTICLE);
    write(dir, 'barrier.txt.meta.json', '{title:');
    expect(readSource(path).failures[0]!.message).toMatch(/^Sidecar barrier\.txt\.meta\.json is not valid JSON/u);
  });
});

describe('document ids', () => {
  it('come from JSONL ids or file names and are unique within a build', () => {
    const dir = tempDir();
    write(dir, 'story.txt', ARTICLE);
    write(dir, 'story.md', '# Flood barrier tested\n\nIt held.\n');
    write(dir, 'feed.jsonl', [JSON.stringify({ id: 'story', body: 'Third one.' }), JSON.stringify({ id: 'x y/z', body: 'Fourth.' })].join('\n'));
    write(dir, 'README.md', '# Not a document\n');
    const { raws } = collectSources([dir], dir);
    expect(raws.map((r) => r.id)).toEqual(['story', 'x-y-z', 'story-2', 'story-3']);
  });
});
