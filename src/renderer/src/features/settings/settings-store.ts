import { createStore } from '../../app/store';
import { DEFAULT_SETTINGS, parseSettings, resolveTheme, SETTINGS_KEY, type Settings } from './settings';

function readStored(): string | null {
  try {
    return localStorage.getItem(SETTINGS_KEY);
  } catch {
    return null;
  }
}

export const settingsStore = createStore<Settings>(parseSettings(readStored()));

const darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

/** Puts the settings on <html>: data-theme for theme.css, CSS variables for the reader. */
export function applySettings(settings: Settings = settingsStore.get()): void {
  const root = document.documentElement;
  root.dataset.theme = resolveTheme(settings.theme, darkQuery?.matches ?? false);
  root.dataset.themeChoice = settings.theme;
  root.style.setProperty('--text-size', `${settings.textSize}px`);
  root.style.setProperty('--line-height', String(settings.lineHeight));
}

export function updateSettings(patch: Partial<Settings>): void {
  settingsStore.set(patch);
  const settings = settingsStore.get();
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled: the choice still applies for this session.
  }
  applySettings(settings);
}

export function resetSettings(): void {
  updateSettings(DEFAULT_SETTINGS);
}

/** Follows the system theme while the choice is "system"; returns the unsubscribe. */
export function watchSystemTheme(): () => void {
  if (!darkQuery) return () => {};
  const onChange = () => applySettings();
  darkQuery.addEventListener('change', onChange);
  return () => darkQuery.removeEventListener('change', onChange);
}
