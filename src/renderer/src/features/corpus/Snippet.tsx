/** A stored snippet with the mention inside it marked. */
export function Snippet({ text, snippetStart, start, end }: { text: string; snippetStart: number; start: number; end: number }) {
  const a = Math.max(0, Math.min(text.length, start - snippetStart));
  const b = Math.max(a, Math.min(text.length, end - snippetStart));
  return (
    <span className="corpus-snippet">
      {snippetStart > 0 ? '… ' : ''}
      {text.slice(0, a)}
      <mark>{text.slice(a, b)}</mark>
      {text.slice(b)}
      {' …'}
    </span>
  );
}
