import { useRef, useState, type PointerEvent } from 'react';
import type { TimelineBucket } from '../../../../shared/corpus-tables';
import { bars, indexAt, labelOf, ticks, type Domain } from './timeline-scale';

interface Props {
  /** Buckets at the domain's scale. */
  buckets: readonly TimelineBucket[];
  domain: Domain;
  /** The brushed range as bucket indices, inclusive. */
  selection: { from: number; to: number } | null;
  onBrush(range: { from: number; to: number }): void;
}

const W = 1000;
const H = 120;

/** Events per year or month as bars; drag across it to brush a range (the selects beside it do the same from the keyboard). */
export function TimelineChart({ buckets, domain, selection, onBrush }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const span = domain.to - domain.from + 1;
  const xOf = (index: number) => ((index - domain.from) / span) * W;
  const fraction = (event: PointerEvent) => {
    const box = svgRef.current?.getBoundingClientRect();
    return box && box.width > 0 ? (event.clientX - box.left) / box.width : 0;
  };
  const shown = drag ? { from: Math.min(drag.start, drag.end), to: Math.max(drag.start, drag.end) } : selection;
  const drawn = bars(buckets, domain);
  const total = drawn.reduce((n, b) => n + b.count, 0);

  // Labels are HTML under the chart: the SVG stretches to its width, which would stretch text too.
  return (
    <div className="timeline-chart-wrap">
      <svg
        ref={svgRef}
        className="timeline-chart"
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Events per ${domain.scale}, ${labelOf(domain.from, domain.scale)} to ${labelOf(domain.to, domain.scale)}: ${total.toLocaleString('en')} events. Drag across the chart to choose a range.`}
        onPointerDown={(e) => {
          const at = indexAt(fraction(e), domain);
          svgRef.current?.setPointerCapture?.(e.pointerId);
          setDrag({ start: at, end: at });
        }}
        onPointerMove={(e) => {
          if (drag) setDrag({ ...drag, end: indexAt(fraction(e), domain) });
        }}
        onPointerUp={() => {
          if (drag) onBrush({ from: Math.min(drag.start, drag.end), to: Math.max(drag.start, drag.end) });
          setDrag(null);
        }}
      >
        <rect className="timeline-chart-bg" x={0} y={0} width={W} height={H} />
        {shown ? <rect className="timeline-brush" x={xOf(shown.from)} y={0} width={xOf(shown.to + 1) - xOf(shown.from)} height={H} /> : null}
        {drawn.map((b) => {
          const h = Math.max(2, b.height * (H - 6));
          const inside = !shown || (b.index >= shown.from && b.index <= shown.to);
          return (
            <rect key={b.index} className={inside ? 'timeline-bar' : 'timeline-bar outside'} x={b.x * W + 1} y={H - h} width={Math.max(2, Math.min(40, b.width * W - 2))} height={h}>
              <title>{`${labelOf(b.index, domain.scale)}: ${b.count} events`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="timeline-ticks" aria-hidden="true">
        {ticks(domain).map((index) => (
          <span key={index} className="timeline-tick" style={{ left: `${(xOf(index) / W) * 100}%` }}>
            {labelOf(index, domain.scale)}
          </span>
        ))}
      </div>
    </div>
  );
}
