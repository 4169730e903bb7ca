import { useMemo } from 'react';
import { onNoteClick } from './note-links';
import { renderNote } from './note-markdown';

/** A note's Markdown shown as sanitised HTML (no raw HTML; only checked links, opened by note-links). */
export function NoteView({ markdown, className, id }: { markdown: string; className?: string; id?: string }) {
  const html = useMemo(() => renderNote(markdown), [markdown]);
  return <div id={id} dir="auto" className={className ? `note-view ${className}` : 'note-view'} onClick={onNoteClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
