import type { Random } from './random';

/**
 * Notes built from the pieces of Markdown link, autolink, raw-HTML and code-span syntax,
 * with the entities, escapes and whitespace that change how a renderer reads them. Used
 * to check that an exported note never links to anything but http(s)/mailto.
 */
const PIECES = [
  '[a]', '(', ')', '<', '>', ']:', '[r]:', '\n', '\n\n', ' ', '\u00a0', '\t', '> ', '- ', '1. ', '    ', '```', '~~~',
  'javascript', 'java', 'script', 'vb', 'vbscript', 'data', 'file', 'x-y.z+', ':', '&#x61;', '&#58;', '&colon;', '&Tab;', '&#0;',
  '\\', '\\\\', '`', '``', 'alert(1)', 'https://x.org', 'mailto', 'a@b.c', '@', '"t"', "'t'", '![i]', '[r]', '&#106;',
  '<a href="', 'ftp://x', 'xmpp:a@b.c', 'www.x.org', '<img src=', '</a>', '<!--', '-->', '<b>', '<div>', ' href=', '%%', '\u0001', '[', ']',
];

export function hostileMarkdownNote(random: Random): string {
  return Array.from({ length: 3 + random.int(18) }, () => random.pick(PIECES)).join('');
}
