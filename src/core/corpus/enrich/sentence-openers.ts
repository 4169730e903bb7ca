/**
 * A sentence-opening capital says nothing about whether a word is part of a name, so the rules
 * cut common words off a run that opens a sentence ("The", "Time", "General"). When the document
 * writes the whole run as a name elsewhere ("shares in Time Warner"), the cut was wrong there:
 * "Time Warner reported a profit" is the company, not a "Warner" who reported. This pass puts
 * the opening word back on such mentions and gives them the type the whole name has.
 */
import type { LocatedMention } from './canonical-names';

/** `texts`: paragraph texts by paragraph index. Mentions are changed in place. */
export function rejoinSentenceOpeners(located: LocatedMention[], texts: readonly string[]): void {
  const whole = new Map<string, LocatedMention>();
  for (const m of located) if (m.type !== 'unknown' && m.text.includes(' ') && !whole.has(m.text)) whole.set(m.text, m);
  if (whole.size === 0) return;
  for (const m of located) {
    const text = texts[m.paragraphIndex] ?? '';
    const before = /(?:^|[.!?]["”’]?\s+|["“‘(]\s*)(\p{Lu}[\p{L}-]*) $/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!before?.[1]) continue;
    const full = whole.get(`${before[1]} ${m.text}`);
    if (!full || full === m) continue;
    m.start -= before[1].length + 1;
    m.text = full.text;
    m.type = full.type;
    m.confidence = Math.min(m.confidence, full.confidence);
  }
}
