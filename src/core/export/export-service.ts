import { randomUUID } from 'node:crypto';
import type { Annotation } from '../../shared/annotations';
import type {
  ExportCapabilities,
  ExportFile,
  ExportFormat,
  ExportRequest,
  ExportScope,
  ImportReport,
  SaveExportResult,
} from '../../shared/api/export';
import { EXPORT_FORMATS } from '../../shared/api/export';
import { DossierError } from '../../shared/result';
import type { AnnotationStore } from '../annotations/store';
import type { CorpusService } from '../corpus/corpus-service';
import type { PlatformServices } from '../platform';
import { writeCsv } from './csv';
import { buildExportModel, type DocumentLookup } from './export-model';
import { writeHtml } from './html';
import { importAnnotationsText } from './import-annotations';
import { writeJsonLd } from './jsonld';
import { writeMarkdown } from './markdown';
import type { CorrectionStore } from '../corrections/correction-store';

export interface ExportService {
  exportFile(request: ExportRequest): Promise<ExportFile>;
  save(request: ExportRequest): Promise<SaveExportResult>;
  capabilities(): ExportCapabilities;
  importText(text: string): ImportReport;
}

export interface ExportServiceDeps {
  corpus: CorpusService;
  store: AnnotationStore;
  platform: PlatformServices;
  /** Injected so tests and goldens get fixed dates and ids. */
  now?: () => Date;
  randomId?: () => string;
  /** The analyst's corrections: a whole JSON-LD export carries them, an import brings them in. */
  corrections?: CorrectionStore;
}

const EXTENSIONS: Record<ExportFormat, { ext: string; mimeType: string }> = {
  markdown: { ext: 'md', mimeType: 'text/markdown;charset=utf-8' },
  jsonld: { ext: 'jsonld', mimeType: 'application/ld+json;charset=utf-8' },
  csv: { ext: 'csv', mimeType: 'text/csv;charset=utf-8' },
  html: { ext: 'html', mimeType: 'text/html;charset=utf-8' },
  pdf: { ext: 'pdf', mimeType: 'application/pdf' },
};

/** Lower-case ASCII slug for file names: safe on every file system, never empty. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return slug || 'document';
}

interface Selected {
  annotations: Annotation[];
  /** For the file name and the title. */
  slug: string;
  label: string;
}

export function createExportService(deps: ExportServiceDeps): ExportService {
  const now = deps.now ?? (() => new Date());
  const randomId = deps.randomId ?? randomUUID;
  const documents: DocumentLookup = (() => {
    const order = new Map(deps.corpus.list().map((d, i) => [d.id, i]));
    return {
      find: (id) => (deps.corpus.has(id) ? deps.corpus.get(id) : undefined),
      order: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER,
    };
  })();

  function select(scope: ExportScope): Selected {
    if ('ids' in scope) {
      const seen = new Set<string>();
      const annotations = scope.ids.flatMap((id) => {
        if (seen.has(id)) return [];
        seen.add(id);
        const a = deps.store.get(id);
        return a ? [a] : [];
      });
      if (annotations.length === 0) throw new DossierError('not-found', 'None of the selected annotations exist any more.');
      return { annotations, slug: 'selection', label: `Dossier annotations: selection of ${annotations.length}` };
    }
    if ('documentId' in scope) {
      const doc = deps.corpus.get(scope.documentId); // not-found for an unknown document
      const annotations = deps.store.list({ documentId: doc.id });
      if (annotations.length === 0) throw new DossierError('not-found', `“${doc.title}” has no annotations to export.`);
      return { annotations, slug: fileSlug(doc.id), label: `Dossier annotations: ${doc.title}` };
    }
    // A whole export carries the corrections too: an analyst who only corrected extraction
    // exports (and later imports) those, with no notes at all.
    const annotations = deps.store.list();
    if (annotations.length === 0 && (deps.corrections?.list().length ?? 0) === 0) throw new DossierError('not-found', 'There are no annotations or corrections to export yet.');
    return { annotations, slug: 'annotations', label: 'Dossier annotations' };
  }

  async function render(request: ExportRequest): Promise<ExportFile> {
    const { annotations, slug, label } = select(request.scope);
    const at = now();
    const { ext, mimeType } = EXTENSIONS[request.format];
    const fileName = `dossier-${slug}-${at.toISOString().slice(0, 10)}.${ext}`;
    // Corrections travel with a whole export (they are about the corpus, not one document's notes).
    const corrections = 'all' in request.scope ? (deps.corrections?.list() ?? []) : [];
    const model = buildExportModel(annotations, documents, corrections);
    const file = (data: string, encoding: ExportFile['encoding'] = 'text'): ExportFile => ({
      fileName,
      mimeType,
      encoding,
      data,
      count: annotations.length,
      ...(corrections.length ? { corrections: corrections.length } : {}),
    });
    switch (request.format) {
      case 'markdown':
        return file(writeMarkdown(model));
      case 'csv':
        return file(writeCsv(model));
      case 'html':
        return file(writeHtml(model, { title: label, exportedAt: at.toISOString() }));
      case 'jsonld': {
        // Reading order, like the other formats, so a file diff shows real changes only.
        const ordered = model.groups.flatMap((g) => g.entries.map((e) => e.annotation));
        return file(writeJsonLd(ordered, { collectionId: randomId(), pageId: randomId(), label, generated: at.toISOString(), corrections }));
      }
      case 'pdf': {
        if (!deps.platform.printToPdf) throw new DossierError('unavailable', 'PDF export needs the Dossier desktop app; export HTML and print it instead.');
        const pdf = await deps.platform.printToPdf(writeHtml(model, { title: label, exportedAt: at.toISOString() }));
        return file(Buffer.from(pdf).toString('base64'), 'base64');
      }
    }
  }

  return {
    exportFile: render,
    async save(request) {
      if (!deps.platform.saveFile) throw new DossierError('unavailable', 'Saving files needs the Dossier desktop app; the export is downloaded instead.');
      const file = await render(request);
      const bytes = file.encoding === 'base64' ? Buffer.from(file.data, 'base64') : Buffer.from(file.data, 'utf8');
      const result = await deps.platform.saveFile(file.fileName, new Uint8Array(bytes));
      return { saved: result.saved, ...(result.path ? { path: result.path } : {}), fileName: file.fileName, count: file.count, ...(file.corrections ? { corrections: file.corrections } : {}) };
    },
    capabilities: () => ({
      saveFile: typeof deps.platform.saveFile === 'function',
      formats: EXPORT_FORMATS.filter((f) => f !== 'pdf' || typeof deps.platform.printToPdf === 'function'),
    }),
    importText: (text) => importAnnotationsText(text, { corpus: deps.corpus, store: deps.store, now, corrections: deps.corrections }),
  };
}
