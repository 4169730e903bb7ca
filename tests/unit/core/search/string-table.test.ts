import { describe, expect, it } from 'vitest';
import { DocTable, type StoredDocMeta } from '../../../../src/core/search/doc-table';
import { DictColumn, StringTable } from '../../../../src/core/search/string-table';

/** Sorted as the index sorts its terms and words: JavaScript's code-unit order. */
const sorted = (list: string[]) => [...list].sort();

describe('StringTable', () => {
  it('gives back every string it was made from, including the empty string', () => {
    const list = ['korea', '', 'café', 'zürich', 'a'.repeat(10_000)];
    const t = StringTable.from(list);
    expect(t.length).toBe(list.length);
    expect([...t]).toEqual(list);
    expect(t.get(4)).toHaveLength(10_000); // longer than one fromCharCode slice
    expect(t.get(99)).toBe('');
  });

  it('an empty table has no entries and finds nothing', () => {
    const t = StringTable.from([]);
    expect(t.length).toBe(0);
    expect(t.lowerBound('a')).toBe(0);
    expect(t.indexOf('a')).toBe(-1);
    expect([...t]).toEqual([]);
  });

  it('stores Latin-1 text one byte a character and other scripts two, and reads both back', () => {
    expect(StringTable.from(['café', 'naïve']).units).toBeInstanceOf(Uint8Array);
    const wide = StringTable.from(['москва', 'αθήνα', '東京', 'emoji 🙂']);
    expect(wide.units).toBeInstanceOf(Uint16Array);
    expect([...wide]).toEqual(['москва', 'αθήνα', '東京', 'emoji 🙂']);
  });

  it('finds and orders strings exactly as a sorted array does, surrogate pairs and private-use characters included', () => {
    // U+FF5E sorts after a surrogate pair's first unit in code units but before it in code points:
    // the table must agree with Array.prototype.sort, which the build uses.
    const list = sorted(['korea', 'koreans', 'kore', 'k', '\uff5e', '🙂', '\ue000x', 'москва', 'zz', 'é']);
    const t = StringTable.from(list);
    for (const key of [...list, '', 'kor', 'korean', 'zzz', '\uffff', '🙂a', 'a']) {
      const expected = list.findIndex((s) => s >= key);
      expect(t.lowerBound(key)).toBe(expected < 0 ? list.length : expected);
      expect(t.indexOf(key)).toBe(list.indexOf(key));
    }
    expect(t.startsWith(list.indexOf('koreans'), 'korea')).toBe(true);
    expect(t.startsWith(list.indexOf('kore'), 'korea')).toBe(false);
  });
});

describe('DictColumn', () => {
  it('keeps each row value or its absence, with repeated values stored once', () => {
    const rows = ['BBC', null, 'BBC', undefined, 'CNN', ''];
    const c = DictColumn.from(rows);
    expect(Array.from({ length: rows.length }, (_, i) => c.get(i))).toEqual(['BBC', null, 'BBC', null, 'CNN', '']);
    expect(c.values.length).toBe(3);
  });
});

describe('DocTable', () => {
  const metas: StoredDocMeta[] = [
    { id: 'a', title: 'Kursk', source: 'BBC', published: '2024-10-25', paragraphIds: 'a-p0\u001fa-p1', entities: [{ field: 'person', name: 'Kim Jong Un', mentions: [[0, 3, 14], [1, 0, 3]] }], group: 'a' },
    { id: 'b', title: 'Копия', source: null, published: null, paragraphIds: '', entities: [] },
    { id: 'c', title: '', source: 'BBC', published: '2024-10-25', paragraphIds: 'c-p0', entities: [{ field: 'org', name: 'NATO', mentions: [], key: 'organization:nato' }, { field: 'place', name: 'Zürich', mentions: [[0, 1, 2]] }], group: 'a' },
  ];

  it('gives back each document as stored', () => {
    const t = DocTable.from(metas);
    expect(t.length).toBe(3);
    expect(metas.map((_, d) => t.get(d))).toEqual(metas);
    const seen: string[] = [];
    t.forEachEntity(2, (field, name, key) => seen.push(`${field}/${name}/${key ?? '-'}`));
    expect(seen).toEqual(['org/NATO/organization:nato', 'place/Zürich/-']);
  });

  it('with corrected entities, only the corrected documents change', () => {
    const t = DocTable.from(metas).withEntities(new Map([[0, []]]));
    expect(t.entities(0)).toEqual([]);
    expect(t.get(2)).toEqual(metas[2]);
  });

  it('an empty corpus has no documents', () => {
    expect(DocTable.from([]).length).toBe(0);
  });
});
