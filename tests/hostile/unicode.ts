import type { Random } from './random';

/**
 * Strings that break text handling: NUL and other controls, lone and reversed surrogates,
 * emoji cut mid-pair, RTL and bidi overrides, combining marks, zero-width characters, BOM,
 * line and paragraph separators, Markdown/HTML/CSV syntax and formula starters.
 */
const PIECES: readonly string[] = [
  '\0', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\r\n', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085',
  '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800',
  '😀', '👩🏽‍💻', '🇺🇦', '𝕏', '\ud83d', '\ude00',
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202d', '\u202e', '\u202c', '\u2066', '\u2069', '\u061c',
  'e\u0301', '\u0300\u0301\u0302', 'Z\u0351\u0308\u0300a\u0336l\u0334go',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u2028', '\u2029', '\u00a0', '\u3000',
  'مرحبا', 'שלום', '日本語', 'Ελληνικά', 'İı', 'ß', 'ﬁ',
  '<', '>', '&', '&amp;', '&#x61;', '"', "'", '`', '```', '[', ']', '(', ')', '*', '_', '#', '|', '\\', '%%',
  '=', '+', '-', '@', '＝', '＋', '－', '＠', ',', ';',
  'javascript:alert(1)', '<script>', '</textarea>', '<!--', '[a](javascript:x)', '<javascript:x>',
  ' ', 'word', 'Russia', 'note',
];

/** A random string of up to `maxPieces` hostile pieces. */
export function hostileString(random: Random, maxPieces = 12): string {
  const n = random.int(maxPieces + 1);
  let out = '';
  for (let i = 0; i < n; i++) {
    if (random.chance(0.1)) out += String.fromCharCode(random.int(0x10000));
    else out += random.pick(PIECES);
  }
  return out;
}

/** Is `text` storable as given (no NUL, no unpaired surrogate)? The oracle for the properties. */
export function isWellFormedText(text: string): boolean {
  // In /u mode a lone surrogate is a code point of its own, general category Cs.
  return !/[\0\p{Cs}]/u.test(text);
}
