import { describe, expect, it } from 'vitest';
import { citationMarkdown, citationText, type CitationSource } from '../../../../../src/renderer/src/features/annotations/citation';

const source: CitationSource = {
  quote: 'North Korean troops were dispatched to Russia',
  title: 'Are North Koreans fighting in Ukraine? Here’s what we know',
  source: 'CNN',
  date: '25 October 2024',
  url: null,
  documentId: 'cnn-1',
  paragraphId: 'p-2',
  paragraphNumber: 2,
};

describe('citations', () => {
  it('plain text: the quote, then title, source, date and paragraph', () => {
    expect(citationText(source)).toBe(
      '“North Korean troops were dispatched to Russia”\n— Are North Koreans fighting in Ukraine? Here’s what we know. CNN, 25 October 2024, paragraph 2.',
    );
    expect(citationText({ ...source, source: null, date: null, paragraphNumber: null, url: 'https://example.org/a' })).toBe(
      '“North Korean troops were dispatched to Russia”\n— Are North Koreans fighting in Ukraine? Here’s what we know. date unknown.\nhttps://example.org/a',
    );
  });

  it('Markdown: a blockquote, the title linking back to the passage, text escaped', () => {
    expect(citationMarkdown({ ...source, quote: 'Use *care* [here]', title: 'A # title' })).toBe(
      '> Use \\*care\\* \\[here\\]\n>\n> — [A \\# title](<dossier://open?document=cnn-1&paragraph=p-2>), CNN, 25 October 2024, paragraph 2',
    );
    expect(citationMarkdown({ ...source, url: 'https://example.org/story' })).toContain('[CNN](<https://example.org/story>)');
  });
});
