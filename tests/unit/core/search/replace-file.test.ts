import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceFile } from '../../../../src/core/search/replace-file';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), 'dossier-replace-'));
  dirs.push(d);
  return d;
};

describe('replaceFile', () => {
  it('writes the bytes in order, patches bytes already written, and returns what the writer returns', () => {
    const path = join(folder(), 'out.bin');
    writeFileSync(path, 'old contents');
    const got = replaceFile(path, (sink, patch) => {
      sink(new TextEncoder().encode('hash:0000|'));
      sink(new TextEncoder().encode('body'));
      patch(new TextEncoder().encode('beef'), 5);
      return 42;
    });
    expect(got).toBe(42);
    expect(readFileSync(path, 'utf8')).toBe('hash:beef|body');
  });

  it('leaves the old file and no partial one when the writer fails', () => {
    const dir = folder();
    const path = join(dir, 'out.bin');
    writeFileSync(path, 'old contents');
    expect(() =>
      replaceFile(path, (sink) => {
        sink(new TextEncoder().encode('half'));
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(readFileSync(path, 'utf8')).toBe('old contents');
    expect(readdirSync(dir)).toEqual(['out.bin']);
  });
});
