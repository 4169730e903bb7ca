import { describeCorrection } from '../../shared/corrections';
import type { ExportModel } from './export-model';

/**
 * CSV export (RFC 4180): CRLF record separators, fields quoted when they hold a comma, quote,
 * CR or LF, quotes doubled. UTF-8 with a BOM so Excel detects the encoding.
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with = + - @ (or
 * their full-width forms, or after blanks), tab, CR or LF is prefixed with an apostrophe so spreadsheets show it as text instead of evaluating it.
 */
export const CSV_HEADER = ['document', 'published', 'quote', 'note', 'tags', 'colour', 'created', 'modified', 'paragraph', 'document id', 'annotation id'] as const;

/**
 * Formula starters, in ASCII and full width (Excel and LibreOffice read ＝＋－＠ as = + - @),
 * and tab, CR or LF; a cell whose first non-blank character is one of them counts too,
 * because spreadsheets trim leading spaces before deciding.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

export function csvCell(value: string): string {
  const neutral = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(neutral) ? `"${neutral.replace(/"/gu, '""')}"` : neutral;
}

/** After the notes and one empty record, a second table: the corrections (a whole export's). */
export const CSV_CORRECTIONS_HEADER = ['corrected', 'correction', 'target', 'created', 'correction id'] as const;

export function writeCsv(model: ExportModel): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const group of model.groups) {
    for (const entry of group.entries) {
      const a = entry.annotation;
      rows.push([
        group.document.title,
        group.document.published ?? '',
        a.target.quote.exact,
        a.note,
        a.tags.join('; '),
        a.colour,
        a.created,
        a.modified,
        entry.paragraphNumber === null ? '' : String(entry.paragraphNumber),
        group.document.id,
        a.id,
      ]);
    }
  }
  if (model.corrections.length) {
    rows.push([], [...CSV_CORRECTIONS_HEADER]);
    for (const c of model.corrections) rows.push([c.label, describeCorrection(c), c.target, c.created, c.id]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
