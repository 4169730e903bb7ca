import type { DatedEvent, Entity, Figure, Paragraph, Quote } from '../../../shared/corpus';

export interface EnrichInput {
  title: string;
  /** YYYY-MM-DD; relative dates ("on Wednesday") resolve against it. */
  published: string | null;
  paragraphs: readonly Paragraph[];
}

export interface Enrichment {
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  events: DatedEvent[];
}

/** STUB until the enrichment work (issue 3) lands: finds nothing. */
export function enrichDocument(_input: EnrichInput): Enrichment {
  return { entities: [], quotes: [], figures: [], events: [] };
}
