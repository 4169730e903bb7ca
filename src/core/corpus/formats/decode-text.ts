import { InputError } from '../raw-document';

/**
 * Bytes of a text file (.txt, .md, .html, .eml) as a string, or a clear InputError.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other bytes that
 * look like text are read as Windows-1252, which is what editors on Windows save.
 * A file with NUL bytes or many control characters is binary whatever its extension says.
 */
export function decodeFileText(bytes: Uint8Array, declaredCharset: string | null = null): string {
  if (bytes.length === 0) throw new InputError('Empty file (0 bytes).');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) throw new InputError('This is a binary file, not text (it contains NUL bytes).');
  let controls = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  if (controls > head.length / 100) throw new InputError('This is a binary file, not text (it is full of control characters).');
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
  let label = 'windows-1252';
  if (declaredCharset) {
    try {
      new TextDecoder(declaredCharset);
      label = declaredCharset;
    } catch {
      // An unknown charset label: fall back to what Windows editors write.
    }
  }
  return checked(new TextDecoder(label).decode(bytes));
}

function checked(text: string): string {
  if (text.trim() === '') throw new InputError('Empty file (only whitespace).');
  return text;
}

/** The charset an HTML page declares in its first 2 KB (`<meta charset>` or http-equiv). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1] ?? null;
}
