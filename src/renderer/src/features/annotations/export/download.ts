import type { ExportFile } from '../../../../../shared/api/export';

/** The file's bytes: text as UTF-8, base64 (PDF) decoded. */
export function fileBytes(file: Pick<ExportFile, 'encoding' | 'data'>): Uint8Array<ArrayBuffer> | string {
  if (file.encoding === 'text') return file.data;
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Web host download: a Blob behind an object URL clicked through <a download>. A download
 * is not a navigation, so neither the CSP (blob: only for images) nor the app's navigation
 * guard is involved.
 */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([fileBytes(file)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Chromium; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
