import type { ProcessedDocument } from '../../shared/corpus';
import type { CorpusService } from '../corpus/corpus-service';
import type { UserLibrary } from './user-library';

/**
 * The bundled corpus and the user's library as the one corpus every feature reads (reader,
 * annotations, export, briefing): bundled documents first, then the added ones in the order
 * they were added. `loadAll` stays the bundled corpus: the user's documents have their own index.
 */
export function combineCorpus(bundled: CorpusService, library: UserLibrary): CorpusService {
  return {
    info() {
      const info = bundled.info();
      return { ...info, documentCount: info.documentCount + library.active().length, problem: info.problem ?? library.problem };
    },
    list: () => [...bundled.list(), ...library.summaries()],
    has: (id) => library.has(id) || bundled.has(id),
    get: (id) => (library.has(id) ? library.get(id) : bundled.get(id)),
    findByUrl(url): ProcessedDocument | undefined {
      const found = bundled.findByUrl(url);
      if (found) return found;
      for (const e of library.active()) {
        const doc = library.get(e.id);
        if (doc.url === url) return doc;
      }
      return undefined;
    },
    loadAll: () => bundled.loadAll(),
  };
}
