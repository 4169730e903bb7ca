import type { ShortcutInfo } from '../../app/shortcuts';

/** One line of the help sheet: what it does, and every key that does it ("Ctrl+F" or "/"). */
export interface ShortcutRow {
  description: string;
  keys: string[];
}

export interface ShortcutGroup {
  group: string;
  shortcuts: ShortcutRow[];
}

/**
 * Shortcuts by section, "General" first, then alphabetically; within a section, one row per
 * description with all its keys (Ctrl+F and / both "Focus the search box"), each key once.
 */
export function groupShortcuts(shortcuts: readonly ShortcutInfo[]): ShortcutGroup[] {
  const groups = new Map<string, Map<string, ShortcutRow>>();
  for (const s of shortcuts) {
    const group = groups.get(s.group) ?? new Map<string, ShortcutRow>();
    const row = group.get(s.description) ?? { description: s.description, keys: [] };
    if (!row.keys.includes(s.keys)) row.keys.push(s.keys);
    group.set(s.description, row);
    groups.set(s.group, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'General' ? -1 : b === 'General' ? 1 : a.localeCompare(b)))
    .map(([group, items]) => ({ group, shortcuts: [...items.values()] }));
}

/**
 * Keys that work in one place only (the search box, a fresh selection), so no window-level
 * shortcut stands for them: listed in the sheet all the same.
 */
export const CONTEXT_SHORTCUTS: readonly ShortcutInfo[] = [
  { keys: '1', description: 'With text selected: highlight it 1 yellow, 2 green, 3 blue, 4 pink, 5 purple', group: 'Annotations' },
  { keys: '2', description: 'With text selected: highlight it 1 yellow, 2 green, 3 blue, 4 pink, 5 purple', group: 'Annotations' },
  { keys: '3', description: 'With text selected: highlight it 1 yellow, 2 green, 3 blue, 4 pink, 5 purple', group: 'Annotations' },
  { keys: '4', description: 'With text selected: highlight it 1 yellow, 2 green, 3 blue, 4 pink, 5 purple', group: 'Annotations' },
  { keys: '5', description: 'With text selected: highlight it 1 yellow, 2 green, 3 blue, 4 pink, 5 purple', group: 'Annotations' },
  { keys: 'escape', description: 'Close the selection toolbar', group: 'Annotations' },
  { keys: 'arrowdown', description: 'In the search box: into the results (↑ ↓ move, Enter opens)', group: 'Search' },
  { keys: 'enter', description: 'In the search box: next hit in the document', group: 'Search' },
  { keys: 'shift+enter', description: 'In the search box: previous hit in the document', group: 'Search' },
  { keys: 'escape', description: 'In the search box: clear the search and leave the box', group: 'Search' },
  { keys: 'arrowleft', description: 'In the briefing tabs: previous / next tab (Home, End: first, last)', group: 'Briefing' },
  { keys: 'arrowright', description: 'In the briefing tabs: previous / next tab (Home, End: first, last)', group: 'Briefing' },
  { keys: ']', description: 'Next mention of the selected entity', group: 'Briefing' },
  { keys: '[', description: 'Previous mention of the selected entity', group: 'Briefing' },
  { keys: 'arrowleft', description: 'On a pane edge: make the pane narrower or wider (Shift: faster)', group: 'Layout' },
  { keys: 'arrowright', description: 'On a pane edge: make the pane narrower or wider (Shift: faster)', group: 'Layout' },
];
