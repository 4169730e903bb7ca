import { z } from 'zod';
import type { Annotation } from '../annotations';
import type { ArgSchemas } from './contract';
import { documentIdSchema } from './corpus';

/**
 * Export/import API (issue 6). The renderer asks core for a finished file; core never
 * receives bytes to write from the renderer: `saveExport` regenerates the file in core and
 * hands it to the host's save dialog, so a compromised page cannot write arbitrary content.
 */
import { EXPORT_FORMATS, type ExportFormat } from './constants';

export { EXPORT_FORMATS, type ExportFormat };

/** Which annotations: a selection, one document's, or everything. */
export type ExportScope = { ids: string[] } | { documentId: string } | { all: true };

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
}

export interface ExportFile {
  /** Suggested file name, already safe for any file system: "dossier-<scope>-<date>.md". */
  fileName: string;
  /** e.g. "text/markdown;charset=utf-8"; use it for the download Blob. */
  mimeType: string;
  /** `text` for every format but PDF, which is `base64`. */
  encoding: 'text' | 'base64';
  data: string;
  /** How many annotations the file holds. */
  count: number;
  /** How many corrections it carries (a whole export's), when any. */
  corrections?: number;
}

export interface SaveExportResult {
  /** False when the user cancelled the dialog. */
  saved: boolean;
  /** Where the file was written, when saved. */
  path?: string;
  fileName: string;
  count: number;
  corrections?: number;
}

export interface ExportCapabilities {
  /** True in the desktop app: call saveExport. False in the web host: download exportAnnotations' data. */
  saveFile: boolean;
  /** Formats this host can produce (PDF needs the desktop app's printer). */
  formats: ExportFormat[];
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: { id: string; reason: string }[];
  /** One line for a toast: "12 added, 3 updated, 1 skipped: unknown document". */
  summary: string;
  /**
   * What the import changed, so it can be undone: ids it added (undo deletes them) and the
   * versions it replaced, as they were (undo puts them back).
   */
  changes: { added: string[]; replaced: Annotation[] };
  /** Corrections to extraction the file carried that were new here (a whole Dossier export carries them). */
  correctionsAdded?: number;
}

/** Largest import file accepted, in UTF-16 code units (about 20 MB of ASCII JSON). */
export const IMPORT_MAX_CHARS = 20_000_000;
/** Most annotation ids in one selection scope. */
export const EXPORT_MAX_IDS = 10_000;

export interface ExportApi {
  /**
   * Builds an export file for the scope. Any host: the web host downloads `data`
   * (base64-decode it when `encoding` is base64); "copy as Markdown" writes `data` to the
   * clipboard. `not-found` when the scope holds no annotations or names an unknown document;
   * `unavailable` for PDF when the host cannot print.
   */
  exportAnnotations(request: ExportRequest): Promise<ExportFile>;
  /**
   * Desktop app only: builds the same file, shows the save dialog (opening in the folder
   * last saved to) and writes it. `{saved:false}` when cancelled; `unavailable` in the web host.
   */
  saveExport(request: ExportRequest): Promise<SaveExportResult>;
  /** What this host can do, so the UI offers only what works (save dialog, PDF). */
  getExportCapabilities(): Promise<ExportCapabilities>;
  /**
   * Imports a W3C Web Annotation JSON-LD file (a Dossier export or any file of the model whose
   * targets are our documents), merging by id: newer `modified` wins, re-import duplicates
   * nothing. A malformed file changes nothing and fails with `invalid-argument`/`too-large`
   * saying why; annotations that cannot be imported are listed in `skipped` with a reason.
   */
  importAnnotations(fileText: string): Promise<ImportReport>;
}

const selectionIdSchema = z.string().min(1, 'An annotation id is required.').max(200, 'An annotation id is at most 200 characters.');

export const exportScopeSchema = z.union([
  z.strictObject({ ids: z.array(selectionIdSchema).min(1, 'Select at least one annotation.').max(EXPORT_MAX_IDS, `At most ${EXPORT_MAX_IDS} annotations per selection.`) }),
  z.strictObject({ documentId: documentIdSchema }),
  z.strictObject({ all: z.literal(true) }),
]);

export const exportRequestSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  scope: exportScopeSchema,
});

export const importTextSchema = z
  .string()
  .min(1, 'The file is empty.')
  .max(IMPORT_MAX_CHARS, `The file is larger than ${IMPORT_MAX_CHARS / 1_000_000} MB; Dossier does not import files that big.`);

export const exportArgs = {
  exportAnnotations: z.tuple([exportRequestSchema]),
  saveExport: z.tuple([exportRequestSchema]),
  getExportCapabilities: z.tuple([]),
  importAnnotations: z.tuple([importTextSchema]),
} satisfies ArgSchemas<ExportApi>;
