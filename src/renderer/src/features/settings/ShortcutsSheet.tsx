import { useEffect, useId, useState } from 'react';
import { displayKeys, listShortcuts, subscribeShortcuts, useShortcut } from '../../app/shortcuts';
import { useStore } from '../../app/store';
import { closeDialog, dialogsStore, openDialog } from './dialogs-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { groupShortcuts } from './shortcut-groups';

function useShortcutList() {
  const [list, setList] = useState(listShortcuts);
  useEffect(() => {
    setList(listShortcuts());
    return subscribeShortcuts(() => setList(listShortcuts()));
  }, []);
  return list;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/gu, '-');

/** The `?` sheet: every registered shortcut, by section. */
export function ShortcutsSheet() {
  const open = useStore(dialogsStore, (s) => s.open === 'shortcuts');
  const shortcuts = useShortcutList();
  const titleId = `${useId()}-title`;
  useShortcut('?', { description: 'Show keyboard shortcuts', group: 'General' }, () => (open ? closeDialog() : openDialog('shortcuts')));

  return (
    <ModalDialog open={open} onClose={closeDialog} labelledBy={titleId} className="shortcuts-dialog">
      <div className="modal-body">
        <div className="modal-head">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="button" className="icon-button" aria-label="Close keyboard shortcuts" onClick={closeDialog}>✕</button>
        </div>
        <div className="shortcut-groups">
          {groupShortcuts(shortcuts).map(({ group, shortcuts: items }) => (
            <section key={group} className="shortcut-group" aria-labelledby={`${titleId}-${slug(group)}`}>
              <h3 id={`${titleId}-${slug(group)}`}>{group}</h3>
              <dl>
                {items.map((s) => (
                  <div key={`${s.keys}|${s.description}`} className="shortcut-row">
                    <dt>{s.description}</dt>
                    <dd>
                      {s.keys.split(/(?<=.)\+/u).map((k, i) => (
                        <kbd key={i}>{displayKeys(k)}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="modal-hint">Tab moves between controls; Esc closes dialogs.</p>
      </div>
    </ModalDialog>
  );
}
