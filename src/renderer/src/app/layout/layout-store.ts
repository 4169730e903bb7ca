import { createStore } from '../store';
import { clampSize, type PaneChoice, type PaneSpec } from './pane-layout';

/**
 * The workspace's side panes: the user's sizes and collapsed states (remembered), the pane
 * shown as an overlay, focus mode, and what the window measures. Any view can live in a
 * pane: it registers a PaneSpec in PANES and is drawn by <SidePane id=…>.
 */
export const PANES: readonly PaneSpec[] = [
  { id: 'briefing', label: 'Briefing', side: 'end', defaultSize: 510, minSize: 300, maxSize: 760, priority: 0 },
  { id: 'library', label: 'Library', side: 'start', defaultSize: 250, minSize: 200, maxSize: 520, priority: 1 },
];

export function paneSpec(id: string): PaneSpec {
  const spec = PANES.find((p) => p.id === id);
  if (!spec) throw new Error(`Unknown pane ${id}`);
  return spec;
}

export interface LayoutState {
  choices: Record<string, PaneChoice>;
  overlay: string | null;
  focusMode: boolean;
  workspaceWidth: number;
  readerMinWidth: number;
}

const STORAGE_KEY = 'dossier:layout';

/** Stored choices, each checked: a damaged or hand-edited value falls back to the default. */
export function parseLayout(raw: string | null, panes: readonly PaneSpec[] = PANES): Record<string, PaneChoice> {
  let data: unknown = null;
  try {
    data = raw ? JSON.parse(raw) : null;
  } catch {
    data = null;
  }
  const stored = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const choices: Record<string, PaneChoice> = {};
  for (const spec of panes) {
    const value = stored[spec.id];
    const entry = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    choices[spec.id] = {
      size: clampSize(spec, typeof entry.size === 'number' ? entry.size : spec.defaultSize),
      collapsed: entry.collapsed === true,
    };
  }
  return choices;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export const layoutStore = createStore<LayoutState>({
  choices: parseLayout(readStored()),
  overlay: null,
  focusMode: false,
  workspaceWidth: 0,
  readerMinWidth: 0,
});

function save(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(layoutStore.get().choices));
  } catch {
    // Storage full or disabled: the layout still applies for this session.
  }
}

export function setPaneChoice(id: string, patch: Partial<PaneChoice>): void {
  const spec = paneSpec(id);
  layoutStore.set((s) => {
    const next = { ...s.choices[id]!, ...patch };
    return { choices: { ...s.choices, [id]: { ...next, size: clampSize(spec, next.size) } } };
  });
  save();
}

export function openOverlay(id: string | null): void {
  layoutStore.set({ overlay: id });
}

export function setFocusMode(on: boolean): void {
  layoutStore.set({ focusMode: on, overlay: null });
}

export function setMeasurements(workspaceWidth: number, readerMinWidth: number): void {
  const s = layoutStore.get();
  if (s.workspaceWidth !== workspaceWidth || s.readerMinWidth !== readerMinWidth) layoutStore.set({ workspaceWidth, readerMinWidth });
}
