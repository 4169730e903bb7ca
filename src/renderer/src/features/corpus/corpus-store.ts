import type { EntityType } from '../../../../shared/corpus';
import type { ClaimPage, CorpusEntityDetail, EntityPage, EntitySort, TimelinePage } from '../../../../shared/corpus-tables';
import { dossier, errorMessage } from '../../app/dossier';
import { createStore } from '../../app/store';

export type CorpusTab = 'entities' | 'timeline' | 'claims' | 'corrections';

export interface TimelineFilter {
  entityId: string | null;
  entityName: string | null;
  source: string | null;
  /** Brushed range of years, inclusive; null = all. */
  from: string | null;
  to: string | null;
}

export interface CorpusState {
  tab: CorpusTab;
  type: EntityType | null;
  filter: string;
  sort: EntitySort;
  page: EntityPage | null;
  selectedId: string | null;
  detail: CorpusEntityDetail | null;
  timelineFilter: TimelineFilter;
  timeline: TimelinePage | null;
  claimFilter: string;
  claims: ClaimPage | null;
  error: string | null;
}

export const corpusStore = createStore<CorpusState>({
  tab: 'entities',
  type: null,
  filter: '',
  sort: 'documents',
  page: null,
  selectedId: null,
  detail: null,
  timelineFilter: { entityId: null, entityName: null, source: null, from: null, to: null },
  timeline: null,
  claimFilter: '',
  claims: null,
  error: null,
});

/** Wraps requests so an answer that a newer request has overtaken resolves to null (typing never shows stale rows). */
function latestOnly<T>(): (request: Promise<T>) => Promise<T | null> {
  let seq = 0;
  return async (request) => {
    const mine = ++seq;
    const value = await request;
    return mine === seq ? value : null;
  };
}

const fail = (error: unknown) => corpusStore.set({ error: errorMessage(error) });
const latestEntities = latestOnly<EntityPage>();
const latestDetail = latestOnly<CorpusEntityDetail>();
const latestTimeline = latestOnly<TimelinePage>();
const latestClaims = latestOnly<ClaimPage>();

export async function refreshEntities(): Promise<void> {
  const { type, filter, sort } = corpusStore.get();
  try {
    const page = await latestEntities(dossier().listCorpusEntities({ type, filter, sort }));
    if (page) corpusStore.set({ page, error: null });
  } catch (error) {
    fail(error);
  }
}

export function setEntityQuery(patch: Partial<Pick<CorpusState, 'type' | 'filter' | 'sort'>>): void {
  corpusStore.set(patch);
  void refreshEntities();
}

export async function selectCorpusEntity(id: string | null): Promise<void> {
  corpusStore.set({ selectedId: id, ...(id ? {} : { detail: null }) });
  if (!id) return;
  try {
    const detail = await latestDetail(dossier().getCorpusEntity(id));
    if (detail && corpusStore.get().selectedId === id) corpusStore.set({ detail, error: null });
  } catch (error) {
    fail(error);
  }
}

export async function refreshTimeline(): Promise<void> {
  const { entityId, source, from, to } = corpusStore.get().timelineFilter;
  try {
    const timeline = await latestTimeline(dossier().getCorpusTimeline({ entityId, source, from, to }));
    if (timeline) corpusStore.set({ timeline, error: null });
  } catch (error) {
    fail(error);
  }
}

export function setTimelineFilter(patch: Partial<TimelineFilter>): void {
  corpusStore.set((s) => ({ timelineFilter: { ...s.timelineFilter, ...patch } }));
  void refreshTimeline();
}

export async function refreshClaims(): Promise<void> {
  try {
    const claims = await latestClaims(dossier().getCorpusClaims({ filter: corpusStore.get().claimFilter }));
    if (claims) corpusStore.set({ claims, error: null });
  } catch (error) {
    fail(error);
  }
}

export function setClaimFilter(claimFilter: string): void {
  corpusStore.set({ claimFilter });
  void refreshClaims();
}

export function selectCorpusTab(tab: CorpusTab): void {
  corpusStore.set({ tab });
  const s = corpusStore.get();
  if (tab === 'entities' && !s.page) void refreshEntities();
  if (tab === 'timeline' && !s.timeline) void refreshTimeline();
  if (tab === 'claims' && !s.claims) void refreshClaims();
}

/** Shows the timeline narrowed to one entity. */
export function timelineForEntity(entityId: string, entityName: string): void {
  corpusStore.set({ tab: 'timeline' });
  setTimelineFilter({ entityId, entityName, from: null, to: null });
}
