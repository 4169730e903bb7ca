import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameStart, headerEnd, readFrame, readWholeFile, type FrameProblems } from '../../../../src/core/search/binary-frame';

const problems: FrameProblems = {
  notOurs: () => new Error('not ours'),
  truncated: () => new Error('truncated'),
  damagedHeader: () => new Error('damaged header'),
  tooLarge: (size) => new Error(`too large: ${size}`),
};

describe('binary frame', () => {
  it('reads back the header it wrote, with the sections starting at a multiple of 8', () => {
    for (const json of ['{}', '{"a":1}', JSON.stringify({ name: 'x'.repeat(13), list: [1, 2, 3] })]) {
      const { bytes, jsonAt } = frameStart('TESTMAG1', json);
      expect(bytes.byteLength % 8).toBe(0);
      expect(new TextDecoder().decode(bytes.subarray(jsonAt, jsonAt + json.length))).toBe(json);
      expect(headerEnd('TESTMAG1', bytes)).toBe(jsonAt + json.length);
      const withSections = new Uint8Array(bytes.byteLength + 16);
      withSections.set(bytes);
      expect(readFrame(withSections, 'TESTMAG1', problems)).toEqual({ header: JSON.parse(json), base: bytes.byteLength });
    }
  });

  it('says which way a frame is wrong, in the reader\'s own words', () => {
    const { bytes } = frameStart('TESTMAG1', '{"a":1}');
    expect(() => readFrame(new TextEncoder().encode('short'), 'TESTMAG1', problems)).toThrow('not ours');
    expect(() => readFrame(bytes, 'OTHERMAG', problems)).toThrow('not ours');
    expect(() => readFrame(bytes.subarray(0, 14), 'TESTMAG1', problems)).toThrow('truncated');
    expect(() => readFrame(frameStart('TESTMAG1', '{"a":').bytes, 'TESTMAG1', problems)).toThrow('damaged header');
    expect(() => readFrame(frameStart('TESTMAG1', '42').bytes, 'TESTMAG1', problems)).toThrow('damaged header');
  });
});

describe('readWholeFile', () => {
  it('reads a file whole, an empty one too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-frame-'));
    try {
      const path = join(dir, 'f.bin');
      writeFileSync(path, Buffer.from([1, 2, 3, 250]));
      expect(Array.from(readWholeFile(path, problems))).toEqual([1, 2, 3, 250]);
      writeFileSync(path, '');
      expect(readWholeFile(path, problems).byteLength).toBe(0);
      expect(() => readWholeFile(join(dir, 'missing.bin'), problems)).toThrow(/ENOENT/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
