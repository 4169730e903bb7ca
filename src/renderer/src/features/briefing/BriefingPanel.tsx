import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { useStore } from '../../app/store';
import { NotesSidebar } from '../annotations';
import { libraryStore } from '../library/library-store';
import { briefingStore, selectTab } from './briefing-store';
import { EntityTab } from './EntityTab';
import { OverviewTab } from './OverviewTab';
import { QuotesTab } from './QuotesTab';
import { TABS, tabIndexForKey, type TabDef } from './tabs';
import { TimelineTab } from './TimelineTab';
import './briefing.css';

function TabContent({ tab, doc }: { tab: TabDef; doc: ProcessedDocument }) {
  if (tab.entityType) return <EntityTab doc={doc} type={tab.entityType} />;
  switch (tab.id) {
    case 'overview':
      return <OverviewTab doc={doc} />;
    case 'quotes':
      return <QuotesTab doc={doc} />;
    case 'timeline':
      return <TimelineTab doc={doc} />;
    case 'notes':
      return <NotesSidebar />;
    default:
      return null;
  }
}

/** Placeholder lines of the panel's shape, so nothing jumps when the document arrives. */
function Skeleton() {
  return (
    <div className="skeleton" aria-hidden="true">
      <div className="skeleton-line wide" />
      <div className="skeleton-line" />
      <div className="skeleton-line" />
      <div className="skeleton-block" />
      <div className="skeleton-line wide" />
      <div className="skeleton-line" />
    </div>
  );
}

/** The tabbed panel beside the reader (WAI-ARIA tabs, automatic activation). */
export function BriefingPanel() {
  const doc = useStore(libraryStore, (s) => s.current);
  const active = useStore(briefingStore, (s) => s.tab);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const activeIndex = Math.max(0, TABS.findIndex((t) => t.id === active));
  // In a narrow pane the tab row scrolls: keep the selected tab in view however it was chosen.
  useEffect(() => {
    tabRefs.current.get(active)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabIndexForKey(event.key, activeIndex, TABS.length);
    if (next === null) return;
    event.preventDefault();
    const tab = TABS[next]!;
    selectTab(tab.id);
    tabRefs.current.get(tab.id)?.focus();
  };

  return (
    <aside className="briefing" aria-label="Briefing">
      <div className="briefing-tabs" role="tablist" aria-label="Briefing sections" onKeyDown={onKeyDown}>
        {TABS.map((tab) => {
          const selected = tab.id === active;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) tabRefs.current.set(tab.id, el);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`briefing-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`briefing-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              className="briefing-tab"
              onClick={() => selectTab(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {TABS.map((tab) => {
        const selected = tab.id === active;
        return (
          <div
            key={tab.id}
            role="tabpanel"
            id={`briefing-panel-${tab.id}`}
            aria-labelledby={`briefing-tab-${tab.id}`}
            className="briefing-panel"
            hidden={!selected}
            tabIndex={0}
            aria-busy={!doc}
          >
            {selected ? (
              doc ? (
                <ErrorBoundary key={doc.id} area={`${tab.label} tab`}>
                  <TabContent tab={tab} doc={doc} />
                </ErrorBoundary>
              ) : (
                <>
                  <span className="visually-hidden">Loading the briefing…</span>
                  <Skeleton />
                </>
              )
            ) : null}
          </div>
        );
      })}
    </aside>
  );
}
