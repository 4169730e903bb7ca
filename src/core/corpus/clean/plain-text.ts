import { cleanBlocks, type CleanedText, type CleanHints } from './clean-blocks';
import { isDebris } from './debris';
import { collapseWhitespace, normaliseText } from './normalise-text';

const LIST_ITEM = /^\s*(?:[-*•▪◦]|\d{1,3}[.)])\s+/u;

/**
 * Splits plain text into blocks: blank lines separate paragraphs; hard-wrapped lines of
 * one paragraph are joined; a block whose lines are all list items keeps one item a block.
 * Lines that are debris on their own (a share button stuck above a paragraph) are dropped.
 */
export function plainTextBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const raw of normaliseText(text).split(/\n[ \t]*\n/u)) {
    const lines = raw
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !isDebris(collapseWhitespace(l)));
    if (lines.length === 0) continue;
    if (lines.length > 1 && lines.every((l) => LIST_ITEM.test(l))) {
      for (const l of lines) blocks.push(collapseWhitespace(l));
    } else if (lines.length > 1 && lines.every((l) => l.length <= 60 && !/[.!?,;]$/u.test(l))) {
      // A stack of short unpunctuated lines is a menu or an address block, not wrapped prose.
      for (const l of lines) blocks.push(collapseWhitespace(l));
    } else {
      blocks.push(collapseWhitespace(lines.join(' ')));
    }
  }
  return blocks;
}

export function cleanPlainText(text: string, hints: CleanHints = {}): CleanedText {
  return cleanBlocks(plainTextBlocks(text), { detectTitle: true, ...hints });
}
