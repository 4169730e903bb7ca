import { useEffect, useRef, type ReactNode } from 'react';
import { openOverlay, paneSpec } from './layout-store';
import { PaneResizer } from './PaneResizer';
import { paneDomId, paneToggleId, usePlacement } from './use-pane-layout';

/**
 * One side pane of the workspace. Docked it takes its width beside the reader (with a
 * separator to resize it); as an overlay it floats over the reader until Esc, its toggle or
 * a click elsewhere closes it; hidden it stays mounted (scroll positions, typed filters kept).
 */
export function SidePane({ id, children }: { id: string; children: ReactNode }) {
  const spec = paneSpec(id);
  const placement = usePlacement(id);
  const ref = useRef<HTMLDivElement>(null);
  const overlay = placement.mode === 'overlay';

  useEffect(() => {
    if (!overlay) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (ref.current?.contains(target)) return;
      // The header (search box, toggles) works with the overlay open; the toggle closes it itself.
      if (target instanceof Element && target.closest('.app-header, .modal, .popover')) return;
      openOverlay(null);
    };
    window.addEventListener('pointerdown', onPointer, true);
    return () => window.removeEventListener('pointerdown', onPointer, true);
  }, [overlay]);

  return (
    <div
      ref={ref}
      id={paneDomId(id)}
      className={`side-pane side-pane-${spec.side} is-${placement.mode}`}
      style={placement.mode === 'hidden' ? undefined : { width: placement.width }}
      hidden={placement.mode === 'hidden'}
      data-pane={id}
      onKeyDown={(event) => {
        if (overlay && event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          openOverlay(null);
          document.getElementById(paneToggleId(id))?.focus();
        }
      }}
    >
      {children}
      {placement.mode === 'docked' ? <PaneResizer spec={spec} placement={placement} /> : null}
    </div>
  );
}
