import type { Correction } from '../../shared/corrections';
import type { Annotation, Colour } from '../../shared/annotations';
import { documentUrn } from '../../shared/corpus';
import { COLOUR_HEX } from './html';

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) serialisation.
 * Each annotation carries its own @context so it stands alone (the W3C test suite checks
 * annotations one by one); the collection embeds its single page (§5.1 `first`, §5.2 `items`).
 * The colour is a target `styleClass` (§4.4), which the model only allows together with an
 * annotation-level `stylesheet` defining it.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const STYLE_CLASS_PREFIX = 'dossier-';

export function styleClass(colour: Colour): string {
  return `${STYLE_CLASS_PREFIX}${colour}`;
}

export function annotationIri(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:dossier:annotation:${encodeURIComponent(id)}`;
}

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/markdown';
}

export interface W3cAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: W3cTextualBody[];
  target: {
    source: string;
    styleClass: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  stylesheet: { type: 'CssStylesheet'; value: string };
}

export function toW3cAnnotation(a: Annotation): W3cAnnotation {
  const body: W3cTextualBody[] = [];
  // Any non-empty note, even whitespace only: what the user typed survives export → import.
  if (a.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/markdown' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const cls = styleClass(a.colour);
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.note.trim() ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: documentUrn(a.target.documentId),
      styleClass: cls,
      selector: [
        { type: 'TextQuoteSelector', exact: a.target.quote.exact, prefix: a.target.quote.prefix, suffix: a.target.quote.suffix },
        { type: 'TextPositionSelector', start: a.target.position.start, end: a.target.position.end },
      ],
    },
    stylesheet: { type: 'CssStylesheet', value: `.${cls} { background-color: ${COLOUR_HEX[a.colour]}; }` },
  };
}

export interface CollectionOptions {
  /** urn:uuid of the collection and of its page; fixed in tests, random in the app. */
  collectionId: string;
  pageId: string;
  label: string;
  /** ISO instant the file was generated (§3.3.1 `generated`). */
  generated: string;
  /** The analyst's corrections to extraction, carried beside the notes (written only when there are some). */
  corrections?: readonly Correction[];
}

/**
 * The collection's property for corrections. Not a term of the Web Annotation context, so a
 * JSON-LD processor drops it and other tools ignore it; Dossier's import reads it back.
 */
export const CORRECTIONS_PROPERTY = 'dossierCorrections';

export function writeJsonLd(annotations: readonly Annotation[], options: CollectionOptions): string {
  const items = annotations.map(toW3cAnnotation);
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${options.collectionId}`,
    type: 'AnnotationCollection',
    label: options.label,
    generated: options.generated,
    generator: { id: 'urn:dossier:app', type: 'Software', name: 'Dossier' },
    total: items.length,
    first: {
      id: `urn:uuid:${options.pageId}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
    ...(options.corrections?.length ? { [CORRECTIONS_PROPERTY]: options.corrections } : {}),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
