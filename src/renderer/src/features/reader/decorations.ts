/**
 * A decoration marks a range of one paragraph: a search hit, an annotation highlight,
 * an entity mention. Features compute decorations; the reader only draws them, so search,
 * annotations and the briefing never touch each other's DOM.
 */
export interface Decoration {
  /** Unique among the decorations drawn at once. */
  key: string;
  kind: 'search-hit' | 'annotation' | 'entity' | 'flash';
  paragraphId: string;
  /** UTF-16 offsets into the paragraph text, end exclusive. */
  start: number;
  end: number;
  /** Extra classes, e.g. the highlight colour. */
  className?: string;
  /** The one the user is on (current search hit): drawn distinct and scrolled into view. */
  current?: boolean;
  /** Accessible description, e.g. "Highlight: note text". */
  label?: string;
}

export interface Segment {
  start: number;
  end: number;
  decorations: Decoration[];
}

/**
 * Cuts a paragraph of `length` characters at every decoration boundary; each segment
 * lists the decorations covering it (overlaps allowed), in the input order.
 */
export function segmentParagraph(length: number, decorations: readonly Decoration[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const d of decorations) {
    cuts.add(Math.max(0, Math.min(length, d.start)));
    cuts.add(Math.max(0, Math.min(length, d.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({ start, end, decorations: decorations.filter((d) => d.start < end && d.end > start) });
  }
  return segments;
}

export function groupByParagraph(decorations: readonly Decoration[]): Map<string, Decoration[]> {
  const map = new Map<string, Decoration[]>();
  for (const d of decorations) {
    const list = map.get(d.paragraphId);
    if (list) list.push(d);
    else map.set(d.paragraphId, [d]);
  }
  return map;
}
