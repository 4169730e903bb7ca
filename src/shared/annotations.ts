/**
 * Annotation model, after the W3C Web Annotation data model (§3): a target that is a
 * document plus selectors, a body (the note), tags and a colour (exported as styleClass).
 */
export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];

export const LIMITS = {
  noteChars: 100_000,
  tags: 50,
  tagChars: 100,
  quoteChars: 20_000,
  /** Context kept on each side of the quote (W3C TextQuoteSelector prefix/suffix). */
  contextChars: 32,
} as const;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets into the document text (paragraphs joined by PARAGRAPH_SEPARATOR). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationTarget {
  documentId: string;
  /** Paragraph the selection starts in, when it was made. */
  paragraphId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Annotation {
  id: string;
  /** ISO 8601 UTC. */
  created: string;
  modified: string;
  target: AnnotationTarget;
  /** Markdown. */
  note: string;
  tags: string[];
  colour: Colour;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** An annotation placed on the current text of its document, or an orphan (anchor null). */
export interface AnchoredAnnotation extends Annotation {
  anchor: { start: number; end: number; method: AnchorMethod } | null;
}

export interface NewAnnotation {
  target: AnnotationTarget;
  note?: string;
  tags?: string[];
  colour: Colour;
}

export interface AnnotationPatch {
  note?: string;
  tags?: string[];
  colour?: Colour;
}

/**
 * The canonical selectors for text[start, end) of a document text: the exact quote with up
 * to LIMITS.contextChars of context either side (W3C TextQuoteSelector §4.2.4) and its
 * position (TextPositionSelector §4.2.5). Main and renderer build targets with this one function.
 */
export function describeRange(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - LIMITS.contextChars), start),
      suffix: text.slice(end, end + LIMITS.contextChars),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
