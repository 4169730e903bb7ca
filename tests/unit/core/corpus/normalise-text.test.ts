import { describe, expect, it } from 'vitest';
import { normaliseText, toIsoDate } from '../../../../src/core/corpus/clean/normalise-text';

describe('published dates from metadata', () => {
  it('accept YYYY-MM-DD, ISO timestamps and written dates, reject years and junk', () => {
    expect(toIsoDate('2024-10-25')).toBe('2024-10-25');
    expect(toIsoDate('2024-10-25T23:30:00-05:00')).toBe('2024-10-25');
    expect(toIsoDate('Oct 25, 2024')).toBe('2024-10-25');
    expect(toIsoDate('2024')).toBeNull();
    expect(toIsoDate('2024-13-01')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate(20241025)).toBeNull();
  });
});

describe('normaliseText', () => {
  it('composes to NFC, turns no-break spaces into spaces, keeps joiners that change rendering', () => {
    expect(normaliseText('Cafe\u0301\u00A0Zu\u0308rich')).toBe('Café Zürich');
    expect(normaliseText('\uFEFFa\u200Bb\r\nc')).toBe('ab\nc');
    expect(normaliseText('👩\u200D💻 می\u200Cخواهم')).toBe('👩\u200D💻 می\u200Cخواهم');
  });
});
