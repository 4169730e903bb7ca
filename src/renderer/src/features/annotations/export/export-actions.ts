import type { ExportCapabilities, ExportFormat, ExportScope } from '../../../../../shared/api/export';
import { dossier, errorMessage } from '../../../app/dossier';
import { copyText } from '../clipboard';
import { downloadFile } from './download';

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  markdown: 'Markdown',
  jsonld: 'W3C JSON-LD',
  csv: 'CSV',
  html: 'HTML',
  pdf: 'PDF',
};

let capabilities: Promise<ExportCapabilities> | null = null;

/** Asked once: whether this host has a save dialog and which formats it can make. */
export function exportCapabilities(): Promise<ExportCapabilities> {
  capabilities ??= dossier()
    .getExportCapabilities()
    .catch(() => ({ saveFile: false, formats: ['markdown', 'jsonld', 'csv', 'html'] as ExportFormat[] }));
  return capabilities;
}

export interface ActionResult {
  ok: boolean;
  message: string;
}

const plural = (n: number) => `${n} annotation${n === 1 ? '' : 's'}`;
/** "2 annotations", "2 annotations and 3 corrections", or "3 corrections" when there are no notes. */
const contents = (count: number, corrections = 0) => {
  const fixes = `${corrections} correction${corrections === 1 ? '' : 's'}`;
  if (!corrections) return plural(count);
  return count ? `${plural(count)} and ${fixes}` : fixes;
};

/** Desktop: the save dialog (core writes the file). Web: a download of the same file. */
export async function exportAnnotations(format: ExportFormat, scope: ExportScope): Promise<ActionResult> {
  try {
    const caps = await exportCapabilities();
    if (caps.saveFile) {
      const result = await dossier().saveExport({ format, scope });
      if (!result.saved) return { ok: true, message: 'Export cancelled.' };
      return { ok: true, message: `Saved ${contents(result.count, result.corrections)} to ${result.path ?? result.fileName}.` };
    }
    const file = await dossier().exportAnnotations({ format, scope });
    downloadFile(file);
    return { ok: true, message: `Exported ${contents(file.count, file.corrections)} as ${file.fileName}.` };
  } catch (error) {
    return { ok: false, message: `Export failed: ${errorMessage(error)}` };
  }
}

export async function copyAsMarkdown(scope: ExportScope): Promise<ActionResult> {
  try {
    const file = await dossier().exportAnnotations({ format: 'markdown', scope });
    return await copyText(file.data, `${plural(file.count)} as Markdown`);
  } catch (error) {
    return { ok: false, message: `Could not copy: ${errorMessage(error)}` };
  }
}
