import { useEffect, useMemo, useRef } from 'react';
import { AddDocumentsButton, AddProgressPanel, DropTarget, watchAddStatus, UserDocumentsDialog } from '../features/add-documents';
import { AnnotationLayer, ConnectedStoreStatusBanners, onDecorationClick, onReaderSelection, useAnnotationDecorations } from '../features/annotations';
import { BriefingPanel, useEntityDecorations } from '../features/briefing';
import { CorpusView, ViewSwitch, viewStore } from '../features/corpus';
import { LibraryList } from '../features/library/LibraryList';
import { libraryStore, loadLibrary } from '../features/library/library-store';
import { openPassage, passageFromHash } from '../features/library/open-passage';
import { useReadingPosition } from '../features/library/use-reading-position';
import { Reader } from '../features/reader/Reader';
import { readerStore } from '../features/reader/reader-store';
import { HitNavigator, SearchBox, SearchResults, useSearchActive, useSearchDecorations, useSearchTitleDecorations } from '../features/search';
import { SettingsMenu, ShortcutsSheet } from '../features/settings';
import { dossier } from './dossier';
import { ErrorBoundary } from './ErrorBoundary';
import { layoutStore, openOverlay } from './layout/layout-store';
import { ExitFocusModeButton, FocusModeButton, PaneToggle } from './layout/PaneToggle';
import { SidePane } from './layout/SidePane';
import { MEASURE_SAMPLE, useMeasureLayout } from './layout/use-measure-layout';
import { showPane } from './layout/use-pane-layout';
import { StatusBar } from './StatusBar';
import { useStore } from './store';
import './layout/layout.css';

export function App() {
  const current = useStore(libraryStore, (s) => s.current);
  const loading = useStore(libraryStore, (s) => s.loading);
  const error = useStore(libraryStore, (s) => s.error);
  const info = useStore(libraryStore, (s) => s.info);
  const scrollRequest = useStore(readerStore, (s) => s.scrollRequest);
  const focusRequest = useStore(readerStore, (s) => s.focusRequest);
  const searchActive = useSearchActive();
  const view = useStore(viewStore, (s) => s.view);
  const readerPane = useRef<HTMLElement>(null);
  const workspace = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLSpanElement>(null);
  const focusMode = useStore(layoutStore, (s) => s.focusMode);
  useMeasureLayout(workspace, probe);

  const searchDecorations = useSearchDecorations(current);
  const titleDecorations = useSearchTitleDecorations(current);
  const annotationDecorations = useAnnotationDecorations(current);
  const entityDecorations = useEntityDecorations(current);
  // Highlights underneath, then entity mentions, then search hits on top (drawn last = most specific class).
  const decorations = useMemo(
    () => [...annotationDecorations, ...entityDecorations, ...searchDecorations],
    [annotationDecorations, entityDecorations, searchDecorations],
  );

  useEffect(() => {
    void loadLibrary();
  }, []);
  useEffect(() => watchAddStatus(), []);
  useReadingPosition(readerPane, current?.id ?? null);
  // Results live in the library pane: a search started with it hidden shows it over the reader.
  useEffect(() => {
    if (searchActive) showPane('library');
  }, [searchActive]);
  // Going somewhere in the text (another document, a note's passage) uncovers the reader.
  const currentId = useStore(libraryStore, (s) => s.currentId);
  useEffect(() => openOverlay(null), [currentId, scrollRequest]);
  // The #open=<dossier:// link> route: exports link each note back to its passage.
  const libraryLoaded = useStore(libraryStore, (s) => s.documents.length > 0);
  useEffect(() => {
    if (!libraryLoaded) return;
    const go = () => {
      const ref = passageFromHash(window.location.hash);
      if (ref) void openPassage(ref);
    };
    go();
    window.addEventListener('hashchange', go);
    // A link clicked outside the app while it runs (the desktop hands it over as an event).
    const id = dossier().subscribe('openPassage', (ref) => void openPassage(ref));
    return () => {
      window.removeEventListener('hashchange', go);
      dossier().unsubscribe(id);
    };
  }, [libraryLoaded]);

  return (
    <div className={focusMode ? 'app is-focus-mode' : 'app'}>
      <header className="app-header" hidden={focusMode}>
        <PaneToggle id="library" keys="mod+b" />
        <span className="app-name">Dossier</span>
        <ErrorBoundary area="search box">
          <SearchBox />
        </ErrorBoundary>
        <div className="header-end">
          <AddDocumentsButton />
          <ViewSwitch />
          <FocusModeButton />
          <SettingsMenu />
          <PaneToggle id="briefing" keys="mod+j" />
        </div>
      </header>
      {info?.problem ? (
        <div role="status" className="banner banner-warning">{info.problem}</div>
      ) : null}
      <ConnectedStoreStatusBanners />
      {view === 'corpus' ? (
        <ErrorBoundary area="corpus view">
          <CorpusView />
        </ErrorBoundary>
      ) : null}
      <div className="workspace" ref={workspace} hidden={view === 'corpus'}>
        <span ref={probe} className="measure-probe" aria-hidden="true">{MEASURE_SAMPLE}</span>
        <SidePane id="library">
          <ErrorBoundary area="library">{searchActive ? <SearchResults /> : <LibraryList />}</ErrorBoundary>
        </SidePane>
        {/* Focusable so the keyboard can scroll the document; labelled for the landmark list. */}
        <main ref={readerPane} className="reader-pane" aria-busy={loading} aria-label="Document" tabIndex={0}>
          {focusMode ? <ExitFocusModeButton /> : null}
          <ErrorBoundary area="document">
            <HitNavigator />
            {error ? <div role="alert" className="error-panel">{error}</div> : null}
            {current ? (
              <Reader
                document={current}
                decorations={decorations}
                titleDecorations={titleDecorations}
                scrollRequest={scrollRequest}
                focusRequest={focusRequest}
                onSelectionEnd={onReaderSelection}
                onDecorationClick={onDecorationClick}
              />
            ) : loading ? (
              <div className="reader-skeleton" aria-hidden="true">
                <div className="skeleton-line wide" />
                <div className="skeleton-line" />
                <div className="skeleton-block" />
                <div className="skeleton-block" />
              </div>
            ) : null}
            <AnnotationLayer />
          </ErrorBoundary>
        </main>
        <SidePane id="briefing">
          <ErrorBoundary area="briefing">
            <BriefingPanel />
          </ErrorBoundary>
        </SidePane>
      </div>
      {focusMode ? null : <StatusBar />}
      <ShortcutsSheet />
      <AddProgressPanel />
      <UserDocumentsDialog />
      <DropTarget />
    </div>
  );
}
