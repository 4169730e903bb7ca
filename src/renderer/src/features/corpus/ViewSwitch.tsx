import { useStore } from '../../app/store';
import { useShortcut } from '../../app/shortcuts';
import { showView, viewStore } from './view-store';

/** Reader ↔ Corpus, in the header; mod+shift+E switches from anywhere. */
export function ViewSwitch() {
  const view = useStore(viewStore, (s) => s.view);
  useShortcut('mod+shift+e', { description: 'Switch between the reader and the corpus view', group: 'Corpus' }, () => showView(view === 'reader' ? 'corpus' : 'reader'), { inInputs: true });
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'reader'} onClick={() => showView('reader')}>
        Reader
      </button>
      <button type="button" aria-pressed={view === 'corpus'} onClick={() => showView('corpus')} title="Corpus view (Ctrl+Shift+E)">
        Corpus
      </button>
    </div>
  );
}
