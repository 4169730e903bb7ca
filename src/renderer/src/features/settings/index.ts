// Settings entry points used by the app shell. PLACEHOLDERS until the briefing view lands (issue 7).

/** Theme, text size, line spacing: a header control. */
export function SettingsMenu() {
  return null;
}

/** The `?` shortcuts sheet. */
export function ShortcutsSheet() {
  return null;
}
