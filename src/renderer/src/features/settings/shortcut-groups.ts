import type { ShortcutInfo } from '../../app/shortcuts';

export interface ShortcutGroup {
  group: string;
  shortcuts: ShortcutInfo[];
}

/** Shortcuts by section: "General" first, then sections alphabetically; duplicates (same keys and description) once. */
export function groupShortcuts(shortcuts: readonly ShortcutInfo[]): ShortcutGroup[] {
  const groups = new Map<string, Map<string, ShortcutInfo>>();
  for (const s of shortcuts) {
    const group = groups.get(s.group) ?? new Map<string, ShortcutInfo>();
    group.set(`${s.keys}|${s.description}`, s);
    groups.set(s.group, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'General' ? -1 : b === 'General' ? 1 : a.localeCompare(b)))
    .map(([group, items]) => ({ group, shortcuts: [...items.values()] }));
}
