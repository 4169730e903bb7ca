import { useRef, type KeyboardEvent } from 'react';
import { useStore } from '../../app/store';
import { tabIndexForKey } from '../briefing/tabs';
import { NoticeToast } from '../annotations/UndoControls';
import { CorrectionsPanel } from '../corrections';
import { ClaimsTab } from './ClaimsTab';
import { corpusStore, selectCorpusTab, type CorpusTab } from './corpus-store';
import { EntitiesTab } from './EntitiesTab';
import { CorpusTimelineTab } from './TimelineTab';
import './corpus.css';

const TABS: { id: CorpusTab; label: string }[] = [
  { id: 'entities', label: 'Entities' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'claims', label: 'Claims' },
  { id: 'corrections', label: 'Corrections' },
];

/** The corpus view: who, what and when across every document (WAI-ARIA tabs, automatic activation). */
export function CorpusView() {
  const active = useStore(corpusStore, (s) => s.tab);
  const error = useStore(corpusStore, (s) => s.error);
  const refs = useRef(new Map<CorpusTab, HTMLButtonElement>());
  const activeIndex = Math.max(0, TABS.findIndex((t) => t.id === active));
  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabIndexForKey(event.key, activeIndex, TABS.length);
    if (next === null) return;
    event.preventDefault();
    const tab = TABS[next]!;
    selectCorpusTab(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <main className="corpus-view" aria-label="Corpus">
      <div className="corpus-tabs" role="tablist" aria-label="Corpus sections" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`corpus-tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`corpus-panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            className="briefing-tab"
            onClick={() => selectCorpusTab(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {error ? (
        <div role="alert" className="error-panel">
          {error}
        </div>
      ) : null}
      <div className="corpus-panel" role="tabpanel" id={`corpus-panel-${active}`} aria-labelledby={`corpus-tab-${active}`}>
        {active === 'entities' ? <EntitiesTab /> : active === 'timeline' ? <CorpusTimelineTab /> : active === 'claims' ? <ClaimsTab /> : <CorrectionsPanel />}
      </div>
      {/* The reader's message (with Undo) is hidden with the reader: corrections made here say so here. */}
      <NoticeToast />
    </main>
  );
}
