import { useMemo } from 'react';
import { renderNote } from './note-markdown';

/** A note's Markdown shown as sanitised HTML (no raw HTML, links inert). */
export function NoteView({ markdown, className, id }: { markdown: string; className?: string; id?: string }) {
  const html = useMemo(() => renderNote(markdown), [markdown]);
  return <div id={id} dir="auto" className={className ? `note-view ${className}` : 'note-view'} dangerouslySetInnerHTML={{ __html: html }} />;
}
