import { useEffect, useRef } from 'react';

/**
 * Keyboard shortcuts, registered by the feature that owns them so the `?` sheet can list
 * every one. A shortcut is `mod+e`, `shift+f3`, `/`, `?`, `escape`… (`mod` = Ctrl, or Cmd on macOS).
 */
export interface ShortcutInfo {
  keys: string;
  description: string;
  /** Section in the shortcuts sheet: "Search", "Annotations", … */
  group: string;
}

const registry = new Map<string, ShortcutInfo>();
const listeners = new Set<() => void>();

export function listShortcuts(): ShortcutInfo[] {
  return [...registry.values()];
}

export function subscribeShortcuts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);

/** True when typing in a field, where single-key shortcuts must not fire. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function matchesShortcut(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.toLowerCase().split('+');
  const key = parts.pop()!;
  const wantMod = parts.includes('mod');
  const wantShift = parts.includes('shift');
  const wantAlt = parts.includes('alt');
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mod !== wantMod || event.altKey !== wantAlt) return false;
  const eventKey = event.key.toLowerCase();
  // Printable symbols like "?" already encode shift; only check shift for named/letter keys.
  const symbol = key.length === 1 && !/[a-z0-9]/u.test(key);
  if (!symbol && event.shiftKey !== wantShift) return false;
  return eventKey === key || (key === 'escape' && eventKey === 'esc');
}

export interface ShortcutOptions {
  /** Fire even while focus is in a text field (e.g. mod+f, escape). Default: only for mod shortcuts. */
  inInputs?: boolean;
  enabled?: boolean;
}

/** Registers a window-level shortcut while the component is mounted. */
export function useShortcut(keys: string, info: Omit<ShortcutInfo, 'keys'>, handler: (event: KeyboardEvent) => void, options: ShortcutOptions = {}): void {
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  const enabled = options.enabled ?? true;
  const inInputs = options.inInputs ?? keys.toLowerCase().includes('mod+');
  useEffect(() => {
    if (!enabled) return;
    const id = `${keys}|${info.description}`;
    registry.set(id, { keys, ...info });
    listeners.forEach((l) => l());
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !matchesShortcut(event, keys)) return;
      if (!inInputs && isEditableTarget(event.target)) return;
      event.preventDefault();
      handlerRef.current(event);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      registry.delete(id);
      listeners.forEach((l) => l());
    };
  }, [keys, info.description, info.group, enabled, inInputs]);
}

/** Keys shown by a symbol rather than their name. */
const KEY_SYMBOLS: Record<string, string> = { arrowup: '↑', arrowdown: '↓', arrowleft: '←', arrowright: '→' };

/** How a shortcut is shown to the user on this platform. */
export function displayKeys(keys: string): string {
  return keys
    .split('+')
    .map((k) =>
      k === 'mod' ? (isMac ? '⌘' : 'Ctrl') : k === 'alt' && isMac ? '⌥' : (KEY_SYMBOLS[k] ?? (k.length === 1 ? k.toUpperCase() : k[0]!.toUpperCase() + k.slice(1))),
    )
    .join(isMac ? '' : '+');
}
