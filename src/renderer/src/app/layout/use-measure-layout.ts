import { useLayoutEffect, type RefObject } from 'react';
import { setMeasurements } from './layout-store';
import { readerMinWidth } from './pane-layout';

/**
 * The reader keeps at least this many characters a line before a pane may sit beside it.
 * The floor is 45 characters on average; ten more leave room for long words that wrap early.
 */
export const READER_MIN_CHARS = 55;
/** The reader's side padding (.reader in app.css), both sides together. */
export const READER_PADDING = 48;

/**
 * Measures the workspace and a sample line in the reader's font (so text size and font
 * changes count), and stores both for the pane layout.
 */
export function useMeasureLayout(workspace: RefObject<HTMLElement | null>, probe: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const ws = workspace.current;
    const sample = probe.current;
    if (!ws || !sample) return;
    const measure = () => {
      const chars = sample.textContent?.length ?? 0;
      setMeasurements(Math.round(ws.clientWidth), readerMinWidth(sample.getBoundingClientRect().width, chars, READER_MIN_CHARS, READER_PADDING));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(ws);
    observer.observe(sample);
    return () => observer.disconnect();
  }, [workspace, probe]);
}

/** Running English prose: its average character width stands for the reader's. */
export const MEASURE_SAMPLE =
  'The minister said on Thursday that the talks would resume next week, although officials in both capitals were cautious about it.';
