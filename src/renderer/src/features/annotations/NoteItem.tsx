import type { AnchoredAnnotation } from '../../../../shared/annotations';
import { showNotice } from './annotations-store';
import { copyCitation } from './cite-annotation';
import { LongNote } from './LongNote';

interface Props {
  annotation: AnchoredAnnotation;
  checked: boolean;
  onCheck(checked: boolean): void;
  onReveal(): void;
  onEdit(element: HTMLElement): void;
  onDelete(): void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

function shortQuote(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One annotation in the notes sidebar: quote (click to go there), note, tags, colour, date. */
export function NoteItem({ annotation: a, checked, onCheck, onReveal, onEdit, onDelete }: Props) {
  const name = shortQuote(a.target.quote.exact);
  return (
    <li className={`note-item colour-edge-${a.colour}`} aria-label={name}>
      <div className="note-item-head">
        <input type="checkbox" aria-label={`Select “${name}”`} checked={checked} onChange={(e) => onCheck(e.target.checked)} />
        <span className={`colour-dot colour-${a.colour}`} aria-hidden="true" />
        <span className="note-colour">{a.colour}</span>
        <time className="note-date" dateTime={a.modified}>{dateFormat.format(new Date(a.modified))}</time>
      </div>
      {a.anchor ? (
        <button type="button" className="note-quote" dir="auto" title="Show in the document" onClick={onReveal}>
          “{a.target.quote.exact}”
        </button>
      ) : (
        <blockquote className="note-quote is-orphan" dir="auto">“{a.target.quote.exact}”</blockquote>
      )}
      {a.note.trim() ? <LongNote markdown={a.note} id={a.id} /> : null}
      {a.tags.length > 0 ? (
        <ul className="tag-chips" aria-label="Tags">
          {a.tags.map((t) => (
            <li key={t} className="tag-chip" title={t} dir="auto">{t}</li>
          ))}
        </ul>
      ) : null}
      <div className="note-item-actions">
        <button
          type="button"
          className="link-button"
          aria-label={`Cite “${name}”: copy it with its citation`}
          onClick={() => void copyCitation(a.target, 'text').then((r) => showNotice({ kind: r.ok ? 'status' : 'alert', text: r.message }))}
        >
          Cite
        </button>
        <button type="button" className="link-button" aria-label={`Edit “${name}”`} onClick={(e) => onEdit(e.currentTarget.closest('li')!)}>
          Edit
        </button>
        <button type="button" className="link-button danger" aria-label={`Delete “${name}”`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
