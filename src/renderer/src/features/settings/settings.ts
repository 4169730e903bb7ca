/** Reading preferences: pure values and their validation, so a bad stored value can never break the app. */
export type ThemeChoice = 'light' | 'dark' | 'system';

export interface Settings {
  theme: ThemeChoice;
  /** Reader text size in CSS pixels. */
  textSize: number;
  /** Reader line height (unitless multiplier). */
  lineHeight: number;
  /**
   * Files added from the desktop app's open dialog: keep a copy in the library (true) or only
   * remember where they are (false). Dropped files and the browser version always keep a copy:
   * they arrive as bytes, with no path to go back to.
   */
  keepCopies: boolean;
  /** Show names extraction is unsure of (marked "?") in the briefing, or hide them. */
  showUncertain: boolean;
}

export const TEXT_SIZE = { min: 14, max: 26, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.2, max: 2.2, step: 0.1 } as const;
export const DEFAULT_SETTINGS: Settings = { theme: 'system', textSize: 18, lineHeight: 1.6, keepCopies: true, showUncertain: true };
export const SETTINGS_KEY = 'dossier:settings';

function clamp(value: unknown, range: { min: number; max: number; step: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const stepped = Math.round(value / range.step) * range.step;
  return Math.round(Math.min(range.max, Math.max(range.min, stepped)) * 100) / 100;
}

/** Settings from whatever was stored (missing, corrupt, out of range → the defaults for that field). */
export function parseSettings(raw: string | null): Settings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  const theme = data.theme === 'light' || data.theme === 'dark' || data.theme === 'system' ? data.theme : DEFAULT_SETTINGS.theme;
  return {
    theme,
    textSize: clamp(data.textSize, TEXT_SIZE, DEFAULT_SETTINGS.textSize),
    lineHeight: clamp(data.lineHeight, LINE_HEIGHT, DEFAULT_SETTINGS.lineHeight),
    keepCopies: typeof data.keepCopies === 'boolean' ? data.keepCopies : DEFAULT_SETTINGS.keepCopies,
    showUncertain: typeof data.showUncertain === 'boolean' ? data.showUncertain : DEFAULT_SETTINGS.showUncertain,
  };
}

/** The theme actually drawn: "system" follows prefers-color-scheme. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}
