import { describe, expect, it } from 'vitest';
import { isOcrInfo } from '../../../src/shared/corpus';
import { ocrDetail, ocrNote } from '../../../src/shared/ocr-note';

describe('the OCR notice', () => {
  it('says which pages were read, and how sure the engine was', () => {
    expect(ocrDetail({ pages: 1, pageCount: 1, confidence: 93, language: 'eng' })).toBe('1 page, English, mean confidence 93%');
    expect(ocrDetail({ pages: 3, pageCount: 3, confidence: 90, language: 'eng' })).toBe('all 3 pages, English, mean confidence 90%');
    expect(ocrNote({ pages: 2, pageCount: 5, confidence: 88, language: 'eng' })).toBe('Text read by OCR from a scanned PDF (2 of 5 pages, English, mean confidence 88%); it may contain errors.');
  });

  it('names the scanned pages that could not be read', () => {
    expect(ocrDetail({ pages: 2, pageCount: 3, confidence: 91, language: 'eng', unreadPages: [2] })).toBe('2 of 3 pages, English, mean confidence 91%; page 2 could not be read');
    expect(ocrDetail({ pages: 1, pageCount: 4, confidence: 91, language: 'eng', unreadPages: [1, 3, 4] })).toBe('1 of 4 pages, English, mean confidence 91%; pages 1, 3 and 4 could not be read');
  });

  it('accepts stored OCR info only with unread pages inside the document', () => {
    expect(isOcrInfo({ pages: 1, pageCount: 2, confidence: 91, language: 'eng', unreadPages: [2] })).toBe(true);
    expect(isOcrInfo({ pages: 1, pageCount: 2, confidence: 91, language: 'eng', unreadPages: [3] })).toBe(false);
    expect(isOcrInfo({ pages: 1, pageCount: 2, confidence: 91, language: 'eng', unreadPages: 'two' })).toBe(false);
  });
});
