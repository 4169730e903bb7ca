import { useEffect, useId, useState } from 'react';
import { displayKeys, listShortcuts, subscribeShortcuts, useShortcut } from '../../app/shortcuts';
import { useStore } from '../../app/store';
import { SEARCH_SYNTAX } from '../search';
import { closeDialog, dialogsStore, openDialog } from './dialogs-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { CONTEXT_SHORTCUTS, groupShortcuts } from './shortcut-groups';

function useShortcutList() {
  const [list, setList] = useState(listShortcuts);
  useEffect(() => {
    setList(listShortcuts());
    return subscribeShortcuts(() => setList(listShortcuts()));
  }, []);
  return list;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/gu, '-');

/** A shortcut's keys as <kbd>s: "mod+shift+z" → Ctrl + Shift + Z; alternatives joined by "or". */
function Keys({ keys }: { keys: string[] }) {
  return (
    <>
      {keys.map((combo, i) => (
        <span key={combo} className="shortcut-keys">
          {i > 0 ? <span className="shortcut-or">or</span> : null}
          {combo.split(/(?<=.)\+/u).map((k, j) => (
            <kbd key={j}>{displayKeys(k)}</kbd>
          ))}
        </span>
      ))}
    </>
  );
}

/**
 * The one help sheet (`?` or the header's ? button): the search syntax, then every key —
 * the window-wide shortcuts registered now, and the keys that work in one place (the
 * search box, a selection, the tab row) — one row per action.
 */
export function ShortcutsSheet() {
  const open = useStore(dialogsStore, (s) => s.open === 'shortcuts');
  const shortcuts = useShortcutList();
  const titleId = `${useId()}-title`;
  useShortcut('?', { description: 'Show this help: keys and search syntax', group: 'General' }, () => (open ? closeDialog() : openDialog('shortcuts')));

  return (
    <ModalDialog open={open} onClose={closeDialog} labelledBy={titleId} className="shortcuts-dialog">
      <div className="modal-body">
        <div className="modal-head">
          <h2 id={titleId}>Help</h2>
          <button type="button" className="icon-button" aria-label="Close help" onClick={closeDialog}>✕</button>
        </div>
        <div className="shortcut-groups">
          <section className="shortcut-group" aria-labelledby={`${titleId}-syntax`}>
            <h3 id={`${titleId}-syntax`}>Search syntax</h3>
            <dl>
              {SEARCH_SYNTAX.map(([example, meaning]) => (
                <div key={example} className="shortcut-row">
                  <dt>{meaning}</dt>
                  <dd><code>{example}</code></dd>
                </div>
              ))}
            </dl>
          </section>
          {groupShortcuts([...shortcuts, ...CONTEXT_SHORTCUTS]).map(({ group, shortcuts: rows }) => (
            <section key={group} className="shortcut-group" aria-labelledby={`${titleId}-${slug(group)}`}>
              <h3 id={`${titleId}-${slug(group)}`}>{group}</h3>
              <dl>
                {rows.map((row) => (
                  <div key={row.description} className="shortcut-row">
                    <dt>{row.description}</dt>
                    <dd><Keys keys={row.keys} /></dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="modal-hint">Tab moves between controls; Esc closes dialogs. Ctrl is ⌘ on macOS.</p>
      </div>
    </ModalDialog>
  );
}
