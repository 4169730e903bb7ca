import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import { formatDate, readingMinutes } from '../../ui/format';
import { groupByParagraph, type Decoration } from './decorations';
import { Paragraph } from './Paragraph';

/** Ask the reader to bring a paragraph into view and flash it; `nonce` repeats the request. */
export interface ScrollRequest {
  paragraphId: string;
  nonce: number;
}

interface Props {
  document: ProcessedDocument;
  decorations: readonly Decoration[];
  scrollRequest?: ScrollRequest | null;
  /** Called with the keys of the decorations under a click (e.g. to open an annotation). */
  onDecorationClick?: (keys: string[], event: MouseEvent) => void;
  /** Called on mouse-up / key-up so features can read window.getSelection() inside the article. */
  onSelectionEnd?: (article: HTMLElement) => void;
}

const NO_DECORATIONS: Decoration[] = [];

export function Reader({ document: doc, decorations, scrollRequest, onDecorationClick, onSelectionEnd }: Props) {
  const articleRef = useRef<HTMLElement>(null);
  const [flashing, setFlashing] = useState<string | null>(null);
  const byParagraph = useMemo(() => groupByParagraph(decorations), [decorations]);
  const currentKey = decorations.find((d) => d.current)?.key;

  useEffect(() => {
    if (!currentKey) return;
    const el = articleRef.current?.querySelector('mark[aria-current="true"]');
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [currentKey, doc.id]);

  useEffect(() => {
    if (!scrollRequest) return;
    const el = articleRef.current?.querySelector(`#para-${CSS.escape(scrollRequest.paragraphId)}`);
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
    setFlashing(scrollRequest.paragraphId);
    const timer = setTimeout(() => setFlashing(null), 1600);
    return () => clearTimeout(timer);
  }, [scrollRequest]);

  const handleClick = (event: MouseEvent) => {
    const mark = (event.target as HTMLElement).closest('mark[data-decoration-keys]');
    if (mark && onDecorationClick) onDecorationClick(mark.getAttribute('data-decoration-keys')!.split(' '), event);
  };
  const handleSelectionEnd = () => {
    if (articleRef.current && onSelectionEnd) onSelectionEnd(articleRef.current);
  };

  const minutes = readingMinutes(doc.paragraphs);
  return (
    <article
      ref={articleRef}
      className="reader"
      aria-labelledby="document-title"
      onClick={handleClick}
      onMouseUp={handleSelectionEnd}
      onKeyUp={handleSelectionEnd}
    >
      <header className="reader-header">
        <h1 id="document-title">{doc.title}</h1>
        <p className="reader-meta">
          {[doc.source, doc.published ? formatDate(doc.published) : null, doc.byline, `${minutes} min read`].filter(Boolean).join(' · ')}
        </p>
      </header>
      <div className="reader-body">
        {doc.paragraphs.map((p) => (
          <Paragraph key={p.id} paragraph={p} decorations={byParagraph.get(p.id) ?? NO_DECORATIONS} flashing={flashing === p.id} />
        ))}
      </div>
    </article>
  );
}
