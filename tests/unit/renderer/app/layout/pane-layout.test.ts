import { describe, expect, it } from 'vitest';
import { placePanes, readerMinWidth, sizeForKey, wouldDock, type LayoutInput, type PaneSpec } from '../../../../../src/renderer/src/app/layout/pane-layout';
import { parseLayout } from '../../../../../src/renderer/src/app/layout/layout-store';

const briefing: PaneSpec = { id: 'briefing', label: 'Briefing', side: 'end', defaultSize: 500, minSize: 300, maxSize: 760, priority: 0 };
const library: PaneSpec = { id: 'library', label: 'Library', side: 'start', defaultSize: 250, minSize: 200, maxSize: 520, priority: 1 };
const input = (workspaceWidth: number, patch: Partial<LayoutInput> = {}): LayoutInput => ({
  workspaceWidth,
  readerMinWidth: 440,
  panes: [library, briefing],
  choices: {},
  overlay: null,
  focusMode: false,
  ...patch,
});
const widthLeft = (i: LayoutInput) => {
  const placed = placePanes(i);
  return i.workspaceWidth - Object.values(placed).filter((p) => p.mode === 'docked').reduce((sum, p) => sum + p.width, 0);
};

describe('placePanes', () => {
  it('docks every pane at its size when the window is wide', () => {
    const placed = placePanes(input(1360));
    expect(placed.library).toMatchObject({ mode: 'docked', width: 250 });
    expect(placed.briefing).toMatchObject({ mode: 'docked', width: 500 });
  });

  it('never leaves the reader narrower than its minimum, at any window width', () => {
    for (let w = 300; w <= 2000; w += 10) {
      const i = input(w);
      expect(widthLeft(i)).toBeGreaterThanOrEqual(Math.min(w, 440));
    }
  });

  it('shrinks a pane towards its minimum before hiding it, in priority order', () => {
    // 1100 - 440 = 660: the briefing keeps 500, the library gets what is left only if >= 200.
    expect(placePanes(input(1100)).library).toMatchObject({ mode: 'hidden' });
    expect(placePanes(input(1100)).briefing).toMatchObject({ mode: 'docked', width: 500 });
    expect(placePanes(input(1200)).library).toMatchObject({ mode: 'docked', width: 250 });
    expect(placePanes(input(800)).briefing).toMatchObject({ mode: 'docked', width: 360 });
    // Below the briefing's minimum the next pane is tried.
    const small = placePanes(input(720));
    expect(small.briefing!.mode).toBe('hidden');
    expect(small.library).toMatchObject({ mode: 'docked', width: 250 });
    expect(placePanes(input(600))).toMatchObject({ library: { mode: 'hidden' }, briefing: { mode: 'hidden' } });
  });

  it('keeps a collapsed pane hidden and gives its room to the others', () => {
    const placed = placePanes(input(1000, { choices: { briefing: { size: 500, collapsed: true } } }));
    expect(placed.briefing!.mode).toBe('hidden');
    expect(placed.library).toMatchObject({ mode: 'docked', width: 250 });
  });

  it('draws a pane that does not fit as an overlay when opened, never wider than the window allows', () => {
    const placed = placePanes(input(720, { overlay: 'briefing' }));
    expect(placed.briefing).toMatchObject({ mode: 'overlay', width: 500 });
    expect(placePanes(input(400, { overlay: 'briefing' })).briefing!.width).toBe(352);
    // A pane that docks ignores the overlay request.
    expect(placePanes(input(1360, { overlay: 'library' })).library!.mode).toBe('docked');
  });

  it('hides every pane in focus mode', () => {
    const placed = placePanes(input(1360, { focusMode: true, overlay: 'library' }));
    expect(placed.library!.mode).toBe('hidden');
    expect(placed.briefing!.mode).toBe('hidden');
  });

  it('clamps stored sizes to the pane limits and lets a docked pane grow only into free room', () => {
    const placed = placePanes(input(1360, { choices: { library: { size: 5000, collapsed: false }, briefing: { size: 10, collapsed: false } } }));
    expect(placed.briefing!.width).toBe(300);
    expect(placed.library!.width).toBe(520);
    expect(placed.library!.maxNow).toBe(520);
    expect(placePanes(input(1000)).briefing!.maxNow).toBe(560);
  });

  it('says whether un-collapsing would dock', () => {
    const collapsed = { briefing: { size: 500, collapsed: true } };
    expect(wouldDock(input(1360, { choices: collapsed }), 'briefing')).toBe(true);
    expect(wouldDock(input(700, { choices: collapsed }), 'briefing')).toBe(false);
  });
});

describe('sizeForKey', () => {
  it('grows a start pane with → and an end pane with ←, within the limits', () => {
    expect(sizeForKey('ArrowRight', false, 'start', 250, 200, 520)).toBe(266);
    expect(sizeForKey('ArrowLeft', false, 'end', 250, 200, 520)).toBe(266);
    expect(sizeForKey('ArrowLeft', true, 'start', 250, 200, 520)).toBe(200);
    expect(sizeForKey('ArrowRight', false, 'start', 250, 200, 520, true)).toBe(234);
    expect(sizeForKey('Home', false, 'start', 250, 200, 520)).toBe(200);
    expect(sizeForKey('End', false, 'end', 250, 200, 520)).toBe(520);
    expect(sizeForKey('Enter', false, 'end', 250, 200, 520)).toBeNull();
  });
});

describe('readerMinWidth', () => {
  it('is the average character width times the characters, plus padding', () => {
    expect(readerMinWidth(800, 100, 55, 48)).toBe(488);
    expect(readerMinWidth(0, 100, 55, 48)).toBe(0);
    expect(readerMinWidth(800, 0, 55, 48)).toBe(0);
  });
});

describe('parseLayout', () => {
  it('keeps valid stored choices and falls back per field on damaged ones', () => {
    expect(parseLayout(JSON.stringify({ library: { size: 300, collapsed: true } }), [library])).toEqual({ library: { size: 300, collapsed: true } });
    expect(parseLayout('{not json', [library])).toEqual({ library: { size: 250, collapsed: false } });
    expect(parseLayout(JSON.stringify({ library: { size: 'wide', collapsed: 'yes' } }), [library])).toEqual({ library: { size: 250, collapsed: false } });
    expect(parseLayout(JSON.stringify({ library: { size: 99999 } }), [library])).toEqual({ library: { size: 520, collapsed: false } });
  });
});
