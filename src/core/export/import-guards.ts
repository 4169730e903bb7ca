import { DossierError } from '../../shared/result';
import { IMPORT_MAX_CHARS } from '../../shared/api/export';

/**
 * Checks that run before and right after JSON.parse, so a hostile file is refused before
 * it can cost memory or stack: size (bytes, not just characters), nesting depth, and the
 * number of annotations. Everything here throws DossierError and nothing has been stored yet.
 */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** A Dossier export nests 6 deep; other tools' files rarely exceed 10. */
export const IMPORT_MAX_DEPTH = 32;
export const IMPORT_MAX_ANNOTATIONS = 100_000;

export function checkImportSize(text: string): void {
  if (text.length > IMPORT_MAX_CHARS || Buffer.byteLength(text, 'utf8') > IMPORT_MAX_BYTES) {
    throw new DossierError('too-large', 'The file is larger than 20 MB; Dossier does not import files that big. Nothing was imported.');
  }
}

/** Deepest {…}/[…] nesting of a JSON text, scanning outside strings; stops early past `limit`. */
export function jsonNestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function valueDepth(value: unknown, limit: number, depth = 0): number {
  if (depth > limit) return depth;
  if (value === null || typeof value !== 'object') return depth;
  let max = depth + 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    max = Math.max(max, valueDepth(child, limit, depth + 1));
    if (max > limit) break;
  }
  return max;
}

const TOO_DEEP = `The file nests data more than ${IMPORT_MAX_DEPTH} levels deep, which no annotation file needs. Nothing was imported.`;

/** Size and depth checks, then JSON.parse, then the depth check again on the parsed value. */
export function parseImportJson(text: string): unknown {
  checkImportSize(text);
  if (jsonNestingDepth(text, IMPORT_MAX_DEPTH) > IMPORT_MAX_DEPTH) throw new DossierError('invalid-argument', TOO_DEEP);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message.slice(0, 120)})` : '';
    throw new DossierError('invalid-argument', `The file is not valid JSON${detail}. Nothing was imported.`);
  }
  if (valueDepth(value, IMPORT_MAX_DEPTH) > IMPORT_MAX_DEPTH) throw new DossierError('invalid-argument', TOO_DEEP);
  return value;
}
