import type { AnchorRect } from './annotations-store';

/**
 * Where a popover of `size` goes: under the anchor, centred, kept inside the viewport;
 * above it when there is no room below.
 */
export function popoverPosition(rect: AnchorRect, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const gap = 8;
  const left = Math.max(gap, Math.min(viewport.width - size.width - gap, (rect.left + rect.right) / 2 - size.width / 2));
  const below = rect.bottom + gap;
  const above = rect.top - size.height - gap;
  const fits = below + size.height + gap <= viewport.height;
  // An anchor scrolled out of view still gets a reachable popover, at the nearest edge.
  const top = Math.max(gap, Math.min(fits ? below : above, viewport.height - size.height - gap));
  return { top, left };
}

/** Before it is measured a popover sits off screen, not hidden: hidden elements cannot take focus. */
export const OFFSCREEN = { top: -10_000, left: -10_000 } as const;
