import { displayKeys, useShortcut } from '../shortcuts';
import { useStore } from '../store';
import { layoutStore, paneSpec, setFocusMode } from './layout-store';
import { paneDomId, paneToggleId, togglePane, usePlacement } from './use-pane-layout';

/** Icon of a window with one side filled: which side the pane sits on. */
function PaneIcon({ side }: { side: 'start' | 'end' }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="15" height="13" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x={side === 'start' ? 2.5 : 11} y="3.5" width="4.5" height="11" fill="currentColor" opacity="0.55" />
    </svg>
  );
}

/** Moves focus into a pane just shown, so the keyboard user lands where they asked to go. */
function focusInto(id: string): void {
  requestAnimationFrame(() => {
    const pane = document.getElementById(paneDomId(id));
    const target = pane?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"], input, button, [tabindex="0"]');
    target?.focus();
  });
}

/**
 * The header button that shows or hides a pane; with the window too narrow for it beside the
 * reader, it opens the pane over the reader instead.
 */
export function PaneToggle({ id, keys }: { id: string; keys: string }) {
  const spec = paneSpec(id);
  const placement = usePlacement(id);
  const shown = placement.mode !== 'hidden';
  const toggle = (viaKeyboard: boolean) => {
    const mode = togglePane(id);
    if (mode === 'overlay' || (viaKeyboard && mode === 'docked')) focusInto(id);
  };
  useShortcut(keys, { description: `Show or hide the ${spec.label.toLowerCase()}`, group: 'Layout' }, () => toggle(true));
  return (
    <button
      type="button"
      id={paneToggleId(id)}
      className="header-button pane-toggle"
      aria-label={spec.label}
      aria-expanded={shown}
      aria-controls={paneDomId(id)}
      title={`${shown ? 'Hide' : 'Show'} the ${spec.label.toLowerCase()} (${displayKeys(keys)})`}
      onClick={() => toggle(false)}
    >
      <PaneIcon side={spec.side} />
    </button>
  );
}

export const FOCUS_KEYS = 'mod+.';

/** Focus mode: only the text. The header button enters it; a floating button (or Esc) leaves. */
export function FocusModeButton() {
  const focusMode = useStore(layoutStore, (s) => s.focusMode);
  useShortcut(FOCUS_KEYS, { description: 'Focus mode: only the text (again to leave)', group: 'Layout' }, () => setFocusMode(!layoutStore.get().focusMode));
  useShortcut('escape', { description: 'Leave focus mode', group: 'Layout' }, () => setFocusMode(false), { enabled: focusMode });
  return (
    <button
      type="button"
      className="header-button focus-toggle"
      aria-label="Focus mode"
      title={`Focus mode: only the text (${displayKeys(FOCUS_KEYS)})`}
      onClick={() => setFocusMode(true)}
    >
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
        <path d="M2 6V2h4M12 2h4v4M16 12v4h-4M6 16H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
    </button>
  );
}

export function ExitFocusModeButton() {
  return (
    <button type="button" className="button exit-focus" onClick={() => setFocusMode(false)}>
      Leave focus mode <kbd>Esc</kbd>
    </button>
  );
}
