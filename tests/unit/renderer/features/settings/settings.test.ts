import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, resolveTheme } from '../../../../../src/renderer/src/features/settings/settings';
import { groupShortcuts } from '../../../../../src/renderer/src/features/settings/shortcut-groups';

describe('settings', () => {
  it('reads what was stored and falls back per field on missing, corrupt or out-of-range values', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ theme: 'dark', textSize: 20, lineHeight: 1.8 }))).toEqual({ theme: 'dark', textSize: 20, lineHeight: 1.8, keepCopies: true, showUncertain: true });
    expect(parseSettings(JSON.stringify({ theme: 'neon', textSize: 400, lineHeight: 'x' }))).toEqual({ theme: 'system', textSize: 26, lineHeight: 1.6, keepCopies: true, showUncertain: true });
    // Copy or reference for added files: only a real boolean turns copies off.
    expect(parseSettings(JSON.stringify({ keepCopies: false })).keepCopies).toBe(false);
    expect(parseSettings(JSON.stringify({ keepCopies: 'no' })).keepCopies).toBe(true);
    expect(parseSettings(JSON.stringify({ textSize: 3, lineHeight: 1.73 }))).toMatchObject({ textSize: 14, lineHeight: 1.7 });
  });

  it('system follows the operating system preference; explicit choices do not', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('shortcuts sheet grouping', () => {
  it('puts General first, then sections alphabetically, listing a shortcut once', () => {
    const groups = groupShortcuts([
      { keys: 'mod+f', description: 'Search', group: 'Search' },
      { keys: ']', description: 'Next mention', group: 'Briefing' },
      { keys: '?', description: 'Show keyboard shortcuts', group: 'General' },
      { keys: ']', description: 'Next mention', group: 'Briefing' },
    ]);
    expect(groups.map((g) => [g.group, g.shortcuts.length])).toEqual([
      ['General', 1],
      ['Briefing', 1],
      ['Search', 1],
    ]);
  });

  it('gives each action one row with all its keys, each key once', () => {
    const [search] = groupShortcuts([
      { keys: 'mod+f', description: 'Focus the search box', group: 'Search' },
      { keys: '/', description: 'Focus the search box', group: 'Search' },
      { keys: '/', description: 'Focus the search box', group: 'Search' },
      { keys: 'f3', description: 'Next search hit', group: 'Search' },
    ]);
    expect(search!.shortcuts).toEqual([
      { description: 'Focus the search box', keys: ['mod+f', '/'] },
      { description: 'Next search hit', keys: ['f3'] },
    ]);
  });
});
