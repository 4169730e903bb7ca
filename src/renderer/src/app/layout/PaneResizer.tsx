import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { setPaneChoice } from './layout-store';
import { sizeForKey, type PanePlacement, type PaneSpec } from './pane-layout';
import { paneDomId } from './use-pane-layout';

/**
 * The draggable edge between a docked pane and the reader: a focusable separator (WAI-ARIA
 * window splitter) with its size as the value, moved with the pointer or the arrow keys.
 */
export function PaneResizer({ spec, placement }: { spec: PaneSpec; placement: PanePlacement }) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const max = placement.maxNow;
  const resize = (width: number) => setPaneChoice(spec.id, { size: Math.min(max, Math.max(spec.minSize, width)) });

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: placement.width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const dx = event.clientX - drag.current.x;
    resize(drag.current.width + (spec.side === 'start' ? dx : -dx));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = sizeForKey(event.key, event.shiftKey, spec.side, placement.width, spec.minSize, max);
    if (next === null) return;
    event.preventDefault();
    resize(next);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize the ${spec.label.toLowerCase()}`}
      aria-controls={paneDomId(spec.id)}
      aria-valuenow={placement.width}
      aria-valuemin={spec.minSize}
      aria-valuemax={max}
      aria-valuetext={`${placement.width} pixels wide`}
      tabIndex={0}
      className={`pane-resizer pane-resizer-${spec.side}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={() => setPaneChoice(spec.id, { size: spec.defaultSize })}
    />
  );
}
