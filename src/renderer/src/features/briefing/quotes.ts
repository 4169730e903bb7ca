import { isUncertain, type Quote } from '../../../../shared/corpus';

export interface SpeakerQuotes {
  /** null: the corpus could not attribute these quotes. */
  speaker: string | null;
  quotes: Quote[];
}

/**
 * Speaker → quotes, speakers in order of their first quote and unattributed quotes last,
 * quotes in document order (the input order). With `showUncertain` off, a speaker extraction is
 * unsure of is not asserted: the quote is listed as unattributed (the quote itself is certain).
 */
export function groupQuotesBySpeaker(quotes: readonly Quote[], showUncertain = true): SpeakerQuotes[] {
  const bySpeaker = new Map<string, SpeakerQuotes>();
  const unattributed: Quote[] = [];
  for (const quote of quotes) {
    const speaker = showUncertain || !isUncertain(quote) ? quote.speaker?.trim() : undefined;
    if (!speaker) {
      unattributed.push(quote);
      continue;
    }
    const entry = bySpeaker.get(speaker);
    if (entry) entry.quotes.push(quote);
    else bySpeaker.set(speaker, { speaker, quotes: [quote] });
  }
  const groups = [...bySpeaker.values()];
  if (unattributed.length) groups.push({ speaker: null, quotes: unattributed });
  return groups;
}

/** A quote named by its first words, for messages and the list of corrections: “We will keep working…”. */
export function quoteLabel(text: string, words = 6): string {
  const bare = text.replace(/^[“"\s]+|[”"\s]+$/gu, '').split(/\s+/u);
  return `“${bare.slice(0, words).join(' ')}${bare.length > words ? '…' : ''}”`;
}
