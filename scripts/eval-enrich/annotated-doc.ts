/**
 * The common shape the scorer and the NER trainer read every annotated source into: the text
 * as paragraphs (what enrichDocument takes) plus gold spans as UTF-16 offsets into a paragraph.
 */
import type { EntityType, Paragraph } from '../../src/shared/corpus';

export interface GoldEntity {
  paragraph: number;
  start: number;
  end: number;
  type: EntityType;
}

export interface GoldQuote {
  paragraph: number;
  start: number;
  end: number;
  /** Every way the text names the speaker (proper names first); empty when it never names them. */
  speakers: string[];
  /**
   * Proper names of the other characters (coref entities) of the document: a found name that
   * fits one of them as well as the speaker ("Bennet" for Mrs. Bennet when Mr. Bennet talks
   * too) does not tell the reader who spoke. Absent for sources without a coref layer.
   */
  rivals?: string[];
  /** The speaker is the first-person narrator ("said I"): "the narrator" names them. */
  narrator?: boolean;
  /** The speaker's coref entity id, for error analysis (speaker-errors.ts). */
  entity?: string;
}

export interface AnnotatedDoc {
  /** "gum/GUM_news_iodine", "wikigold/17", "litbank/105_persuasion". */
  id: string;
  published: string | null;
  paragraphs: Paragraph[];
  entities: GoldEntity[];
  /** Absent when the source has no quote layer. */
  quotes?: GoldQuote[];
  /** Person entity id -> every name and description the text gives them (coref layer), for error analysis. */
  characters?: Map<string, string[]>;
}

/**
 * Builds paragraph text from tokens, remembering where each token landed. `spaceBefore`
 * decides the gap; a new paragraph starts when `newParagraph` is set on a token.
 */
export class TextBuilder {
  readonly paragraphs: string[] = [];
  private current = '';

  add(token: string, opts: { spaceBefore: boolean; newParagraph?: boolean }): { paragraph: number; start: number; end: number } {
    if (opts.newParagraph && this.current.length > 0) this.flush();
    if (opts.spaceBefore && this.current.length > 0) this.current += ' ';
    const start = this.current.length;
    this.current += token;
    return { paragraph: this.paragraphs.length, start, end: this.current.length };
  }

  flush(): void {
    if (this.current.length > 0) this.paragraphs.push(this.current);
    this.current = '';
  }

  toParagraphs(): Paragraph[] {
    this.flush();
    return this.paragraphs.map((text, i) => ({ id: `p${i + 1}`, text }));
  }
}

/** Whitespace-tokenised text (WikiGold, LitBank): no space before closing punctuation, none after openers. */
export function detokenisedSpaceBefore(token: string, previous: string | null, openQuote: boolean): boolean {
  if (previous === null) return false;
  if (/^[,.;:!?%)\]}]+$/.test(token) || /^(?:'s|'|n't|'re|'ve|'ll|'d|'m|’s|’|n’t)$/i.test(token)) return false;
  if (/^[([{$£“‘]$/.test(previous)) return false;
  if (token === '"') return !openQuote; // a closing straight quote hugs the word before it
  if (previous === '"' && openQuote) return false;
  if (token === '”' || token === '’') return false;
  return true;
}
