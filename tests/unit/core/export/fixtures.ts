import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLOURS, LIMITS, type Annotation, type Colour } from '../../../../src/shared/annotations';
import { CORPUS_SCHEMA_VERSION, documentText, paragraphOffsets, type ProcessedDocument } from '../../../../src/shared/corpus';
import { createCorpusService, type CorpusService } from '../../../../src/core/corpus/corpus-service';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The W3C test-suite data lives beside the clone (../shared), never inside the repo. */
export const W3C_SUITE_DIR = join(REPO_ROOT, '..', 'shared', 'w3c-annotation-tests');
export const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

function doc(id: string, title: string, paragraphs: string[], extra: Partial<ProcessedDocument> = {}): ProcessedDocument {
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    id,
    title,
    published: null,
    byline: null,
    source: null,
    url: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `p-${id.slice(0, 4)}${String(i + 1).padStart(8, '0')}`, text })),
    entities: [],
    quotes: [],
    figures: [],
    events: [],
    ...extra,
  };
}

/** Small documents whose text is full of things that break naive writers. */
export const TRICKY_DOC = doc(
  'tricky-2024-01-02',
  'Markdown *in* the [title] & <b>tags</b> — “quotes”, commas',
  [
    'Plain opening paragraph about Pyongyang and Moscow.',
    '# Not a heading, *not emphasis*, _not_ [a link](http://example.com) and `code` | pipe ~strike~ %% not a comment.',
    'He said "we will, perhaps, go" — then left; 3,000 troops 👍🏽 arrived.',
    '=HYPERLINK("http://evil.example/?x=1","click me") and +SUM(A1) and @cmd and -2+3',
    '<script>alert("quote")</script> & &amp; entities',
    '- looks like a list\n1. and an ordered one',
  ],
  { published: '2024-01-02', source: 'Fixture Wire', url: 'https://news.example/tricky?a=1&b=2' },
);

export const SECOND_DOC = doc('second-doc', 'A second, calmer document', [
  'Officials in Kyiv and Washington reacted on Friday.',
  'Nothing else happened.',
]);

export const FIXTURE_DOCS = [TRICKY_DOC, SECOND_DOC];

export function fixtureCorpus(docs: readonly ProcessedDocument[] = FIXTURE_DOCS): CorpusService {
  return createCorpusService(docs, { name: 'fixture', status: 'ready', documentCount: docs.length, builtAt: null, schemaVersion: CORPUS_SCHEMA_VERSION, problem: null });
}

/** A target on `document` covering `exact` (its `occurrence`-th appearance), built like the renderer does. */
export function targetFor(document: ProcessedDocument, exact: string, occurrence = 0): Annotation['target'] {
  const text = documentText(document.paragraphs);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" is not in ${document.id}`);
  const end = start + exact.length;
  const offsets = paragraphOffsets(document.paragraphs);
  let index = 0;
  offsets.forEach((o, i) => {
    if (o <= start) index = i;
  });
  return {
    documentId: document.id,
    paragraphId: document.paragraphs[index]!.id,
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - LIMITS.contextChars), start),
      suffix: text.slice(end, end + LIMITS.contextChars),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

function annotation(n: number, document: ProcessedDocument, exact: string, note: string, tags: string[], colour: Colour, modifiedDay = 0): Annotation {
  const created = new Date(Date.UTC(2024, 9, 25, 9, n, 0)).toISOString();
  const modified = new Date(Date.UTC(2024, 9, 25 + modifiedDay, 9, n, 30)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    created,
    modified: modifiedDay ? modified : created,
    target: targetFor(document, exact),
    note,
    tags,
    colour,
  };
}

/** Fixed annotations (fixed ids and dates, so goldens are stable), deliberately out of reading order. */
export const FIXTURE_ANNOTATIONS: Annotation[] = [
  annotation(3, TRICKY_DOC, '=HYPERLINK("http://evil.example/?x=1","click me")', '=HYPERLINK("http://evil.example","note")\n-2+3 and @SUM(A1)', ['csv', 'injection'], 'pink'),
  annotation(
    1,
    TRICKY_DOC,
    '# Not a heading, *not emphasis*, _not_ [a link](http://example.com) and `code` | pipe ~strike~ %% not a comment.',
    '**Important**: keep *this* Markdown.\n# But this must not become a heading\n---\nNor this a rule\n===\n%% nor an Obsidian comment\n<!-- nor an unclosed HTML comment\n\n- a list item\n\n```js\n# inside an unclosed fence',
    ['north korea', 'Intel/Sources', '2024', 'c++', '#already'],
    'yellow',
    2,
  ),
  annotation(2, TRICKY_DOC, 'He said "we will, perhaps, go" — then left; 3,000 troops 👍🏽 arrived.', 'Commas, "double quotes", and emoji 🇺🇦 survive.\r\nSecond line.', [], 'green'),
  annotation(4, TRICKY_DOC, '<script>alert("quote")</script> & &amp; entities', 'Note with <script>alert("note")</script> and <img src=x onerror=alert(1)> and [bad](javascript:alert(1)) and ![tracker](http://tracker.example/x.png) and [good](https://example.org/a?b=1&c=2).', ['xss'], 'blue'),
  annotation(5, TRICKY_DOC, 'and Moscow.\n\n# Not a heading', '', [], 'purple'),
  annotation(6, TRICKY_DOC, '- looks like a list\n1. and an ordered one', 'Tab\tseparated\tnote', ['list'], 'yellow'),
  annotation(7, SECOND_DOC, 'Officials in Kyiv and Washington', 'Plain note.', ['officials'], 'green'),
];

/** An annotation whose document is no longer in the corpus: exported, never lost. */
export const LOST_DOC_ANNOTATION: Annotation = {
  ...annotation(8, SECOND_DOC, 'Nothing else happened.', 'Its document was removed.', [], 'yellow'),
  target: { ...targetFor(SECOND_DOC, 'Nothing else happened.'), documentId: 'removed-doc' },
};

export const FIXED_NOW = new Date('2024-11-01T12:00:00.000Z');
export const fixedIds = () => {
  let n = 0;
  return () => `11111111-2222-4333-8444-${String(++n).padStart(12, '0')}`;
};

/**
 * The seed article as the brief describes it: resources/corpus/*.txt split on blank lines,
 * without the first four lines (an address) and the last block ("en_USEnglish") — independent
 * of the corpus pipeline so tests do not change when cleaning improves.
 */
export function seedDocument(): ProcessedDocument {
  const base = join(REPO_ROOT, 'resources', 'corpus', 'cnn-2024-10-25-north-koreans-ukraine.txt');
  const meta = JSON.parse(readFileSync(`${base}.meta.json`, 'utf8')) as { title: string; source: string; published: string };
  const lines = readFileSync(base, 'utf8').split('\n').slice(4).join('\n');
  const blocks = lines.split(/\n\s*\n/u).map((b) => b.trim()).filter(Boolean).slice(0, -1);
  if (blocks[0] === meta.title) blocks.shift();
  return doc('cnn-2024-10-25-north-koreans-ukraine', meta.title, blocks, { published: meta.published, source: meta.source });
}

export { COLOURS };
