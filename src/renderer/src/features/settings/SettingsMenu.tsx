import { useEffect, useId, useLayoutEffect } from 'react';
import { useShortcut } from '../../app/shortcuts';
import { useMenuCommand } from '../../app/use-menu-command';
import { useStore } from '../../app/store';
import { closeDialog, dialogsStore, openDialog } from './dialogs-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { LINE_HEIGHT, TEXT_SIZE, type ThemeChoice } from './settings';
import { applySettings, resetSettings, settingsStore, updateSettings, watchSystemTheme } from './settings-store';
import './settings.css';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

function SettingsForm({ titleId }: { titleId: string }) {
  const settings = useStore(settingsStore, (s) => s);
  const id = useId();
  return (
    <div className="modal-body">
      <div className="modal-head">
        <h2 id={titleId}>Settings</h2>
        <button type="button" className="icon-button" aria-label="Close settings" onClick={closeDialog}>✕</button>
      </div>
      <fieldset className="setting">
        <legend>Theme</legend>
        <div className="segmented">
          {THEMES.map((t) => (
            <label key={t.value} className="segment">
              <input type="radio" name={`${id}-theme`} value={t.value} checked={settings.theme === t.value} onChange={() => updateSettings({ theme: t.value })} />
              <span>{t.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="setting">
        <label htmlFor={`${id}-size`}>Text size</label>
        <div className="range-row">
          <input
            id={`${id}-size`}
            type="range"
            min={TEXT_SIZE.min}
            max={TEXT_SIZE.max}
            step={TEXT_SIZE.step}
            value={settings.textSize}
            aria-valuetext={`${settings.textSize} pixels`}
            onChange={(e) => updateSettings({ textSize: Number(e.target.value) })}
          />
          <output htmlFor={`${id}-size`}>{settings.textSize}px</output>
        </div>
      </div>
      <div className="setting">
        <label htmlFor={`${id}-spacing`}>Line spacing</label>
        <div className="range-row">
          <input
            id={`${id}-spacing`}
            type="range"
            min={LINE_HEIGHT.min}
            max={LINE_HEIGHT.max}
            step={LINE_HEIGHT.step}
            value={settings.lineHeight}
            aria-valuetext={settings.lineHeight.toFixed(1)}
            onChange={(e) => updateSettings({ lineHeight: Number(e.target.value) })}
          />
          <output htmlFor={`${id}-spacing`}>{settings.lineHeight.toFixed(1)}</output>
        </div>
      </div>
      <p className="sample" aria-hidden="true">The quick brown fox reads the briefing.</p>
      <div className="setting setting-check">
        <label>
          <input type="checkbox" checked={settings.showUncertain} aria-describedby={`${id}-uncertain-hint`} onChange={(e) => updateSettings({ showUncertain: e.target.checked })} />
          <span>Show uncertain items</span>
        </label>
        <p className="setting-hint" id={`${id}-uncertain-hint`}>
          Names, speakers, claimants and dates the extraction is unsure of are marked “?” in the briefing; off hides them.
        </p>
      </div>
      <div className="setting setting-check">
        <label>
          <input type="checkbox" checked={settings.keepCopies} aria-describedby={`${id}-copies-hint`} onChange={(e) => updateSettings({ keepCopies: e.target.checked })} />
          <span>Keep a copy of each document I add</span>
        </label>
        <p className="setting-hint" id={`${id}-copies-hint`}>
          Off: files chosen in the desktop app’s open dialog stay where they are and Dossier remembers their place. Dropped files, and files added in the browser version, are always copied.
        </p>
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={resetSettings}>Reset to defaults</button>
        <button type="button" className="button button-primary" onClick={closeDialog}>Done</button>
      </div>
    </div>
  );
}

/** Header controls: the settings dialog (theme, text size, line spacing) and the shortcuts sheet. */
export function SettingsMenu() {
  const open = useStore(dialogsStore, (s) => s.open);
  // Before first paint, so a dark-theme user never sees a light flash.
  useLayoutEffect(() => applySettings(), []);
  useEffect(() => watchSystemTheme(), []);
  useShortcut('mod+,', { description: 'Open settings', group: 'General' }, () => openDialog('settings'));
  useMenuCommand('show-help', () => openDialog('shortcuts'));

  return (
    <>
      <button type="button" className="header-button" aria-label="Help" aria-haspopup="dialog" title="Help: keys and search syntax (?)" onClick={() => openDialog('shortcuts')}>
        <span aria-hidden="true">?</span>
      </button>
      <button type="button" className="header-button" aria-haspopup="dialog" aria-expanded={open === 'settings'} onClick={() => openDialog('settings')}>
        Settings
      </button>
      <SettingsDialog open={open === 'settings'} />
    </>
  );
}

function SettingsDialog({ open }: { open: boolean }) {
  const titleId = `${useId()}-title`;
  return (
    <ModalDialog open={open} onClose={closeDialog} labelledBy={titleId} className="settings-dialog">
      <SettingsForm titleId={titleId} />
    </ModalDialog>
  );
}
