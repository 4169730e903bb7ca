import type { TextPart } from './highlight-parts';

/** Text parts drawn with <mark> around the matched words. */
export function Highlighted({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.marked ? <mark key={i} className="search-match">{part.text}</mark> : part.text))}
    </>
  );
}
