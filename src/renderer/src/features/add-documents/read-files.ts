import type { AddFileInput } from '../../../../shared/api/add-documents';
import { FILE_SIZE_LIMITS, fileFormatOf } from '../../../../shared/file-formats';

/** A file picked or dropped, with its path inside a dropped folder ("reports/q3.pdf"). */
export interface PickedFile {
  file: File;
  name: string;
}

/** Bytes sent per IPC call at most; larger selections go in several calls. */
const BATCH_BYTES = 24 * 1024 * 1024;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The files as the add queue takes them, in batches of about BATCH_BYTES. Files the queue will
 * refuse anyway (not a document type, over the size limit) are sent without their bytes, so
 * their reason still shows in the summary and nothing large is read for nothing.
 */
export async function* toAddBatches(picked: readonly PickedFile[]): AsyncGenerator<AddFileInput[]> {
  let batch: AddFileInput[] = [];
  let bytes = 0;
  for (const { file, name } of picked) {
    const format = fileFormatOf(name);
    const readable = format !== null && file.size > 0 && file.size <= FILE_SIZE_LIMITS[format];
    let dataBase64: string | null = null;
    if (readable) {
      try {
        dataBase64 = await base64Of(file);
      } catch {
        dataBase64 = null; // reported by the queue as "could not be read"
      }
    }
    batch.push({ name, size: file.size, dataBase64 });
    bytes += readable ? file.size : 0;
    if (bytes >= BATCH_BYTES || batch.length >= 500) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}

interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: EntryLike[]) => void, fail: (e: unknown) => void): void };
}

async function walk(entry: EntryLike, out: PickedFile[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push({ file, name: entry.fullPath.replace(/^\//u, '') || file.name });
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries returns at most ~100 entries a call: read until it returns none.
    for (;;) {
      const batch = await new Promise<EntryLike[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, out);
    }
  }
}

/** Every file dropped, folders walked recursively (hidden entries skipped). */
export async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? (item.webkitGetAsEntry() as EntryLike | null) : null))
    .filter((e): e is EntryLike => e !== null);
  if (entries.length === 0) return [...data.files].map((file) => ({ file, name: file.name }));
  const out: PickedFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
