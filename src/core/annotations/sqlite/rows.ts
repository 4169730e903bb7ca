import type { Annotation, Colour } from '../../../shared/annotations';

/** A row of the `annotations` table (migrations/0001-annotations.ts). */
export interface AnnotationRow {
  id: string;
  document_id: string;
  paragraph_id: string;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  position_start: number;
  position_end: number;
  note: string;
  colour: string;
  created: string;
  modified: string;
}

export const INSERT_ANNOTATION = `
  INSERT INTO annotations (id, document_id, paragraph_id, quote_exact, quote_prefix, quote_suffix,
    position_start, position_end, note, colour, created, modified)
  VALUES (:id, :document_id, :paragraph_id, :quote_exact, :quote_prefix, :quote_suffix,
    :position_start, :position_end, :note, :colour, :created, :modified)`;

export function toRow(a: Annotation): AnnotationRow {
  return {
    id: a.id,
    document_id: a.target.documentId,
    paragraph_id: a.target.paragraphId,
    quote_exact: a.target.quote.exact,
    quote_prefix: a.target.quote.prefix,
    quote_suffix: a.target.quote.suffix,
    position_start: a.target.position.start,
    position_end: a.target.position.end,
    note: a.note,
    colour: a.colour,
    created: a.created,
    modified: a.modified,
  };
}

export function fromRow(row: AnnotationRow, tags: string[]): Annotation {
  return {
    id: row.id,
    created: row.created,
    modified: row.modified,
    target: {
      documentId: row.document_id,
      paragraphId: row.paragraph_id,
      quote: { type: 'TextQuoteSelector', exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix },
      position: { type: 'TextPositionSelector', start: row.position_start, end: row.position_end },
    },
    note: row.note,
    tags,
    colour: row.colour as Colour,
  };
}

/** node:sqlite named parameters need a plain record of SQL values. */
export function params(row: AnnotationRow): Record<string, string | number> {
  return { ...row };
}
