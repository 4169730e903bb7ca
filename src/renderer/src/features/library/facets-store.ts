import { dossier, errorMessage } from '../../app/dossier';
import { createStore } from '../../app/store';
import { NO_FACETS, type LibraryFacets } from './library-facets';

export interface FacetsState {
  facets: LibraryFacets;
  /** Documents with at least one annotation; refreshed when "has my notes" is used. */
  noted: ReadonlySet<string>;
  error: string | null;
}

export const facetsStore = createStore<FacetsState>({ facets: NO_FACETS, noted: new Set(), error: null });

export function setFacets(patch: Partial<LibraryFacets>): void {
  facetsStore.set((s) => ({ facets: { ...s.facets, ...patch } }));
}

export function clearFacets(): void {
  facetsStore.set({ facets: NO_FACETS });
}

export async function refreshNoted(): Promise<void> {
  try {
    const annotations = await dossier().listAnnotations();
    facetsStore.set({ noted: new Set(annotations.map((a) => a.target.documentId)), error: null });
  } catch (error) {
    facetsStore.set({ error: errorMessage(error) });
  }
}

/** Narrows the library to one entity's documents (from the corpus view). */
export async function filterLibraryByEntity(id: string, name: string): Promise<void> {
  try {
    const ids = await dossier().getCorpusEntityDocumentIds(id);
    setFacets({ entity: { id, name, documentIds: new Set(ids) } });
  } catch (error) {
    facetsStore.set({ error: errorMessage(error) });
  }
}
