/**
 * WikiGold (CoNLL-2003 style, IOB1, one token a line, `-DOCSTART-` between articles) into
 * AnnotatedDocs, one per article. The text is whitespace-tokenised; it is detokenised so the
 * pipeline sees prose ("Obama's", "(born 1961)"). MISC is dropped: Dossier has no such type.
 * Four sentences make a paragraph (the source has no paragraph breaks).
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../src/shared/corpus';
import { type AnnotatedDoc, type GoldEntity, TextBuilder, detokenisedSpaceBefore } from './annotated-doc';

const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const SENTENCES_PER_PARAGRAPH = 4;

export function readWikigold(path: string): AnnotatedDoc[] {
  const docs: AnnotatedDoc[] = [];
  const blocks = readFileSync(path, 'utf8').split(/^-DOCSTART- O\s*$/m).map((b) => b.trim()).filter(Boolean);
  blocks.forEach((block, index) => {
    const builder = new TextBuilder();
    const entities: GoldEntity[] = [];
    block.split(/\n\s*\n/).forEach((sentence, s) => {
      let previous: string | null = null;
      let openQuote = false;
      let current: (GoldEntity & { tag: string }) | null = null;
      const close = () => {
        if (current) entities.push({ paragraph: current.paragraph, start: current.start, end: current.end, type: current.type });
        current = null;
      };
      for (const line of sentence.split('\n')) {
        const cut = line.lastIndexOf(' ');
        const token = line.slice(0, cut);
        const tag = line.slice(cut + 1).trim();
        const newParagraph = previous === null && s % SENTENCES_PER_PARAGRAPH === 0;
        const space = previous === null ? !newParagraph : detokenisedSpaceBefore(token, previous, openQuote);
        if (token === '"') openQuote = !openQuote;
        const at = builder.add(token, { spaceBefore: space, newParagraph });
        previous = token;
        const kind = tag.slice(2);
        const type = TYPES[kind];
        if (!type || tag === 'O') {
          close();
          continue;
        }
        const cur = current as (GoldEntity & { tag: string }) | null;
        if (cur && cur.tag === kind && !tag.startsWith('B-') && cur.paragraph === at.paragraph) cur.end = at.end;
        else {
          close();
          current = { ...at, type, tag: kind };
        }
      }
      close();
    });
    const paragraphs = builder.toParagraphs();
    docs.push({ id: `wikigold/${index}`, published: null, paragraphs, entities: entities.map((e) => trimPossessive(e, paragraphs[e.paragraph]?.text ?? '')) });
  });
  return docs;
}

function trimPossessive(e: GoldEntity, text: string): GoldEntity {
  const span = text.slice(e.start, e.end);
  return /['’]s$/.test(span) && span.length > 2 ? { ...e, end: e.end - 2 } : e;
}
