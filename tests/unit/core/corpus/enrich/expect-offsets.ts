import { expect } from 'vitest';
import type { EnrichInput, Enrichment } from '../../../../../src/core/corpus/enrich';

/**
 * Every offset the enrichment reports must cut its own text out of its paragraph: the reader
 * highlights and the briefing's jumps rely on it. Entity mentions only need to land on text,
 * since a mention ("Putin") may differ from the canonical name ("Vladimir Putin").
 */
export function expectOffsetsOnText(input: EnrichInput, result: Enrichment): void {
  const at = (m: { paragraphId: string; start: number; end: number }) =>
    input.paragraphs.find((p) => p.id === m.paragraphId)?.text.slice(m.start, m.end);
  for (const q of result.quotes) expect(at(q)).toBe(q.text);
  for (const f of result.figures) expect(at(f)).toBe(f.text);
  for (const e of result.events) expect(at(e)).toBe(e.text);
  for (const e of result.entities) for (const m of e.mentions) expect(at(m)).toBeTruthy();
}
