import { marked, type Token, type Tokens } from 'marked';
import { cleanBlocks, type CleanedText } from './clean-blocks';
import { collapseWhitespace, normaliseText, toIsoDate } from './normalise-text';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/gu, (_, e: string) => ENTITIES[e] ?? _);
}

/** Visible text of inline tokens: links keep their text, images and raw HTML are dropped. */
function inlineText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'image':
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
      case 'escape':
        out += (t as Tokens.Codespan).text;
        break;
      default: {
        const withChildren = t as Tokens.Generic;
        out += inlineText(withChildren.tokens as Token[] | undefined, String(withChildren.text ?? ''));
      }
    }
  }
  return out;
}

function blockText(t: Token, out: string[]): void {
  const push = (s: string) => {
    const text = collapseWhitespace(decodeEntities(s));
    if (text) out.push(text);
  };
  switch (t.type) {
    case 'heading':
    case 'paragraph':
    case 'text':
      push(inlineText((t as Tokens.Paragraph).tokens, (t as Tokens.Paragraph).text));
      break;
    case 'list':
      for (const item of (t as Tokens.List).items) {
        const inner: string[] = [];
        for (const child of item.tokens) blockText(child, inner);
        push(inner.join(' '));
      }
      break;
    case 'blockquote':
      for (const child of (t as Tokens.Blockquote).tokens) blockText(child, out);
      break;
    case 'code':
      push((t as Tokens.Code).text);
      break;
    case 'table': {
      const table = t as Tokens.Table;
      for (const row of [table.header, ...table.rows]) push(row.map((c) => inlineText(c.tokens, c.text)).join(' | '));
      break;
    }
    default:
      break; // hr, space, raw html, definitions
  }
}

/** YAML-ish front matter ("---\ntitle: ...\n---") as written by static site generators. */
function frontMatter(text: string): { meta: Record<string, string>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/u.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of (m[1] as string).split('\n')) {
    const kv = /^(\w+):\s*(.*)$/u.exec(line);
    if (kv) meta[(kv[1] as string).toLowerCase()] = (kv[2] as string).replace(/^["']|["']$/gu, '');
  }
  return { meta, body: text.slice(m[0].length) };
}

/** Markdown through marked's lexer: the first level-1 heading is the title. */
/**
 * marked parses nested block quotes and lists recursively, and re-scans the indentation
 * of every nested level: thousands of `>` overflowed the stack and 500 nested list levels
 * took 30 s. No article nests more than a few levels, so deeper markers are flattened.
 */
const MAX_MARKDOWN_NESTING = 16;
const DEEP_QUOTE = new RegExp(`^((?:[ \\t]*>){${MAX_MARKDOWN_NESTING}})(?:[ \\t]*>)+`, 'gmu');
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_MARKDOWN_NESTING * 4},}`, 'gmu');

function boundNesting(body: string): string {
  return body.replace(DEEP_QUOTE, '$1').replace(DEEP_INDENT, ' '.repeat(MAX_MARKDOWN_NESTING * 4));
}

export function cleanMarkdown(source: string, titleHint: string | null = null): CleanedText {
  const { meta, body } = frontMatter(normaliseText(source));
  const tokens = marked.lexer(boundNesting(body));
  let title: string | null = meta.title ?? null;
  let hint = titleHint;
  const blocks: string[] = [];
  for (const t of tokens) {
    if (!title && t.type === 'heading' && (t as Tokens.Heading).depth === 1) {
      title = collapseWhitespace(decodeEntities(inlineText((t as Tokens.Heading).tokens, (t as Tokens.Heading).text)));
      continue;
    }
    blockText(t, blocks);
  }
  hint = hint ?? title;
  const cleaned = cleanBlocks(blocks, { title: hint, detectTitle: !hint });
  return {
    ...cleaned,
    title: title ?? cleaned.title,
    published: cleaned.published ?? toIsoDate(meta.date),
    byline: cleaned.byline ?? meta.author ?? null,
  };
}
