import { memo, type ReactNode } from 'react';
import type { Paragraph as ParagraphModel } from '../../../../shared/corpus';
import { segmentParagraph, type Decoration } from './decorations';

interface Props {
  paragraph: ParagraphModel;
  decorations: readonly Decoration[];
  flashing: boolean;
}

function classesFor(decorations: readonly Decoration[]): string {
  const classes = new Set<string>();
  for (const d of decorations) {
    classes.add(`deco-${d.kind}`);
    if (d.className) classes.add(d.className);
    if (d.current) classes.add('is-current');
  }
  return [...classes].join(' ');
}

/** Text with its decorations drawn as <mark>s (a paragraph's, or the title's search hits). */
export function DecoratedText({ text, decorations }: { text: string; decorations: readonly Decoration[] }): ReactNode {
  if (decorations.length === 0) return text;
  return segmentParagraph(text.length, decorations).map((segment) => {
    const slice = text.slice(segment.start, segment.end);
    if (segment.decorations.length === 0) return slice;
    const current = segment.decorations.some((d) => d.current);
    const label = segment.decorations.map((d) => d.label).filter(Boolean).join('; ');
    return (
      <mark
        key={segment.start}
        className={classesFor(segment.decorations)}
        data-decoration-keys={segment.decorations.map((d) => d.key).join(' ')}
        aria-current={current ? 'true' : undefined}
        title={label || undefined}
      >
        {slice}
      </mark>
    );
  });
}

/** One paragraph with its decorations; re-renders only when they change. */
export const Paragraph = memo(function Paragraph({ paragraph, decorations, flashing }: Props) {
  return (
    // dir="auto": each paragraph takes its direction from its first strong character (Arabic, Hebrew → right to left).
    <p id={`para-${paragraph.id}`} data-paragraph-id={paragraph.id} dir="auto" className={flashing ? 'paragraph is-flashing' : 'paragraph'}>
      <DecoratedText text={paragraph.text} decorations={decorations} />
    </p>
  );
});
