// Settings entry points used by the app shell (issue 7).
export { SettingsMenu } from './SettingsMenu';
export { ShortcutsSheet } from './ShortcutsSheet';
