import type { SearchExportFormat } from '../../../../shared/api/search-export';
import { dossier, errorMessage } from '../../app/dossier';
import { downloadFile } from '../annotations/export/download';
import { exportCapabilities, type ActionResult } from '../annotations/export/export-actions';

export const RESULT_FORMAT_LABELS: Record<SearchExportFormat, string> = { csv: 'CSV', markdown: 'Markdown' };

const plural = (n: number) => `${n.toLocaleString('en')} result${n === 1 ? '' : 's'}`;

/** Desktop: the save dialog (core writes the file). Web: a download of the same file. */
export async function exportSearchResults(query: string, sort: 'relevance' | 'date', format: SearchExportFormat): Promise<ActionResult> {
  try {
    const request = { query, sort, format };
    if ((await exportCapabilities()).saveFile) {
      const result = await dossier().saveSearchResults(request);
      if (!result.saved) return { ok: true, message: 'Export cancelled.' };
      return { ok: true, message: `Saved ${plural(result.count)} to ${result.path ?? result.fileName}.` };
    }
    const file = await dossier().exportSearchResults(request);
    downloadFile(file);
    return { ok: true, message: `Exported ${plural(file.count)} as ${file.fileName}.` };
  } catch (error) {
    return { ok: false, message: `Export failed: ${errorMessage(error)}` };
  }
}
