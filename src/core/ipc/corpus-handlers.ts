import type { CorpusApi } from '../../shared/api';
import type { CorpusService } from '../corpus/corpus-service';

export function createCorpusHandlers(corpus: CorpusService): CorpusApi {
  return {
    getCorpusInfo: async () => corpus.info(),
    listDocuments: async () => corpus.list(),
    getDocument: async (id) => corpus.get(id),
  };
}
