import { createHash } from 'node:crypto';
import { COLOURS, LIMITS, type Annotation, type Colour } from '../../shared/annotations';
import type { ImportReport } from '../../shared/api/export';
import { documentText, paragraphOffsets, type ProcessedDocument } from '../../shared/corpus';
import { DossierError } from '../../shared/result';
import type { AnnotationStore } from '../annotations/store';
import type { CorpusService } from '../corpus/corpus-service';
import { parseImportJson } from './import-guards';
import {
  collectionSchema,
  hasType,
  pageSchema,
  positionSelectorSchema,
  quoteSelectorSchema,
  w3cAnnotationSchema,
  type W3cAnnotationInput,
} from './import-schema';
import { CORRECTIONS_PROPERTY, STYLE_CLASS_PREFIX } from './jsonld';
import { correctionSchema } from '../../shared/api/corrections';
import { MAX_CORRECTIONS, type Correction } from '../../shared/corrections';
import type { CorrectionStore } from '../corrections/correction-store';

/**
 * Import of W3C Web Annotation JSON-LD: Dossier's own exports and any file of the model
 * whose targets are documents of this corpus (a `urn:dossier:doc:` source, a bare document
 * id, or the document's URL). File-level problems refuse the whole file; per-annotation
 * problems skip that annotation with a reason. Storing is one AnnotationStore.merge call
 * (one transaction): newer `modified` wins, so re-importing duplicates nothing.
 */
export interface ImportDeps {
  corpus: CorpusService;
  store: AnnotationStore;
  /** Where the collection's corrections (CORRECTIONS_PROPERTY) go; without it they are not read. */
  corrections?: CorrectionStore;
  now: () => Date;
}

type Converted = { ok: true; annotation: Annotation; dated: boolean } | { ok: false; id: string; reason: string };

const NOT_ANNOTATIONS =
  'The file is not a W3C Web Annotation file (expected an AnnotationCollection, AnnotationPage, Annotation or a list of annotations). Nothing was imported.';

/** The annotation objects of a parsed file; throws for anything that is not one of the model's containers. */
export function annotationItems(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object') throw new DossierError('invalid-argument', NOT_ANNOTATIONS);
  const typed = value as { type?: unknown };
  try {
    if (Array.isArray(value)) return pageSchema.shape.items.parse(value);
    if (hasType(typed, 'Annotation')) return [value];
    if (hasType(typed, 'AnnotationPage')) return pageSchema.parse(value).items;
    if (hasType(typed, 'AnnotationCollection')) {
      const collection = collectionSchema.parse(value);
      if (typeof collection.first === 'string') {
        throw new DossierError('invalid-argument', 'The collection refers to its pages by address; Dossier imports only files with the annotations inside. Nothing was imported.');
      }
      const out: unknown[] = [];
      let page: unknown = collection.first;
      while (page && typeof page === 'object') {
        const parsed = pageSchema.parse(page);
        out.push(...parsed.items);
        page = parsed.next;
      }
      return pageSchema.shape.items.parse(out);
    }
  } catch (error) {
    if (error instanceof DossierError) throw error;
    const issue = (error as { issues?: { code: string; message: string; path: PropertyKey[] }[] }).issues?.[0];
    if (issue?.code === 'too_big') throw new DossierError('too-large', `${issue.message} Nothing was imported.`);
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new DossierError('invalid-argument', `The file's structure is invalid${where}: ${issue?.message ?? 'unreadable'}. Nothing was imported.`);
  }
  throw new DossierError('invalid-argument', NOT_ANNOTATIONS);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Dossier id for an annotation IRI: ours map back exactly; others get a stable UUID (RFC 9562 v8) from their IRI. */
export function dossierIdFor(iri: string): string {
  const uuid = /^urn:uuid:(.+)$/iu.exec(iri)?.[1];
  if (uuid && UUID.test(uuid)) return uuid.toLowerCase();
  const ours = /^urn:dossier:annotation:(.+)$/u.exec(iri)?.[1];
  if (ours) {
    try {
      return decodeURIComponent(ours);
    } catch {
      // fall through to a derived id
    }
  }
  const h = createHash('sha256').update(iri).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function resolveDocument(source: string, corpus: CorpusService): ProcessedDocument | undefined {
  const urn = /^urn:dossier:doc:(.+)$/u.exec(source)?.[1];
  if (urn) {
    try {
      const id = decodeURIComponent(urn);
      return corpus.has(id) ? corpus.get(id) : undefined;
    } catch {
      return undefined;
    }
  }
  if (corpus.has(source)) return corpus.get(source);
  return corpus.findByUrl(source);
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function colourOf(styleClasses: string[]): Colour {
  for (const cls of styleClasses) {
    const name = cls.startsWith(STYLE_CLASS_PREFIX) ? cls.slice(STYLE_CLASS_PREFIX.length) : cls;
    if ((COLOURS as readonly string[]).includes(name)) return name as Colour;
  }
  return 'yellow';
}

function noteAndTags(input: W3cAnnotationInput): { note: string; tags: string[] } | string {
  const notes: string[] = input.bodyValue !== undefined ? [input.bodyValue] : [];
  const tags: string[] = [];
  for (const body of asArray(input.body)) {
    if (typeof body === 'string' || body.value === undefined) continue; // external resource: nothing to show
    const purposes = asArray(body.purpose);
    const textual = body.type === undefined || asArray(body.type).includes('TextualBody');
    if (!textual) continue;
    if (purposes.includes('tagging')) {
      const tag = body.value.trim();
      if (tag.length > LIMITS.tagChars) return `a tag is longer than ${LIMITS.tagChars} characters`;
      // Case-insensitive, first spelling kept: the store's rule, so the count below is the stored one.
      if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    } else notes.push(body.value);
  }
  if (tags.length > LIMITS.tags) return `more than ${LIMITS.tags} tags`;
  const note = notes.join('\n\n');
  if (note.length > LIMITS.noteChars) return `the note is longer than ${LIMITS.noteChars} characters`;
  return { note, tags };
}

function paragraphIdAt(doc: ProcessedDocument, start: number): string {
  const offsets = paragraphOffsets(doc.paragraphs);
  let index = 0;
  for (let i = 0; i < offsets.length && (offsets[i] ?? Infinity) <= start; i++) index = i;
  return doc.paragraphs[index]?.id ?? '';
}

function convert(raw: unknown, deps: ImportDeps, now: string): Converted {
  const rawId = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id.slice(0, 200) : '(no id)';
  const parsed = w3cAnnotationSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return { ok: false, id: rawId, reason: `invalid annotation: ${issue?.message ?? 'unreadable'}${where}` };
  }
  const input = parsed.data;
  if (!asArray(input.type).includes('Annotation')) return { ok: false, id: rawId, reason: 'not of type Annotation' };
  const id = dossierIdFor(input.id);

  let doc: ProcessedDocument | undefined;
  let target: Exclude<W3cAnnotationInput['target'], unknown[] | string> | undefined;
  const sources: string[] = [];
  for (const t of asArray(input.target)) {
    const source = typeof t === 'string' ? t : (t.source ?? t.id);
    if (!source) continue;
    sources.push(source);
    doc = resolveDocument(source, deps.corpus);
    if (doc) {
      target = typeof t === 'string' ? {} : t;
      break;
    }
  }
  if (!doc || !target) {
    const shown = sources[0] ? `"${sources[0].slice(0, 80)}"` : '(none)';
    return { ok: false, id: rawId, reason: `unknown document ${shown}` };
  }

  const selectors = asArray(target.selector);
  const quoteRaw = selectors.find((s) => s.type === 'TextQuoteSelector');
  const positionRaw = selectors.find((s) => s.type === 'TextPositionSelector');
  const quote = quoteRaw ? quoteSelectorSchema.safeParse(quoteRaw) : undefined;
  const position = positionRaw ? positionSelectorSchema.safeParse(positionRaw) : undefined;
  if (quote && !quote.success) return { ok: false, id: rawId, reason: `invalid TextQuoteSelector: ${quote.error.issues[0]?.message}` };
  if (position && !position.success) return { ok: false, id: rawId, reason: `invalid TextPositionSelector: ${position.error.issues[0]?.message}` };

  const text = documentText(doc.paragraphs);
  let start: number;
  let end: number;
  const q = quote?.data;
  // A position of the quote's length is kept even if the text there changed: anchoring
  // re-finds it when listed, and a re-import stays identical to what was exported.
  if (position && (!q || position.data.end - position.data.start === q.exact.length)) {
    ({ start, end } = position.data);
  } else if (q) {
    // No position, or one whose length disagrees with the quote (another tool's offsets): place by the quote.
    const withContext = text.indexOf(`${q.prefix ?? ''}${q.exact}${q.suffix ?? ''}`);
    const bare = text.indexOf(q.exact);
    // Not found: keep it at its stated place; anchoring will show it as an orphan rather than lose the note.
    start = withContext >= 0 ? withContext + (q.prefix ?? '').length : bare >= 0 ? bare : (position?.data.start ?? 0);
    end = start + q.exact.length;
  } else {
    return { ok: false, id: rawId, reason: 'no TextQuoteSelector or TextPositionSelector' };
  }
  let exact: string;
  if (q) exact = q.exact;
  else if (end <= text.length && end > start) exact = text.slice(start, end);
  else return { ok: false, id: rawId, reason: 'the position selector is outside the document' };

  const matches = text.slice(start, end) === exact;
  const prefix = quote?.data.prefix ?? (matches ? text.slice(0, start) : '');
  const suffix = quote?.data.suffix ?? (matches ? text.slice(end) : '');

  const content = noteAndTags(input);
  if (typeof content === 'string') return { ok: false, id: rawId, reason: content };

  const created = input.created ? new Date(input.created).toISOString() : undefined;
  const modified = input.modified ? new Date(input.modified).toISOString() : undefined;
  return {
    ok: true,
    dated: modified !== undefined,
    annotation: {
      id,
      created: created ?? modified ?? now,
      modified: modified ?? created ?? now,
      target: {
        documentId: doc.id,
        paragraphId: paragraphIdAt(doc, start),
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: prefix.slice(Math.max(0, prefix.length - LIMITS.contextChars)),
          suffix: suffix.slice(0, LIMITS.contextChars),
        },
        position: { type: 'TextPositionSelector', start, end },
      },
      note: content.note,
      tags: content.tags,
      colour: colourOf(typeof target.styleClass === 'string' ? [target.styleClass] : (target.styleClass ?? [])),
    },
  };
}

/** "12 added, 3 updated, 1 skipped: unknown document "x"" — the reasons, most common first, at most three. */
export function importSummary(report: Pick<ImportReport, 'added' | 'updated' | 'skipped'>): string {
  const head = `${report.added} added, ${report.updated} updated, ${report.skipped.length} skipped`;
  if (report.skipped.length === 0) return head;
  const counts = new Map<string, number>();
  for (const s of report.skipped) {
    // Group "… (modified 2024-…)." variants under one reason.
    const reason = s.reason.replace(/\s*\([^)]*\)\.?$/u, '').replace(/\.$/u, '');
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const reasons = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const shown = reasons.slice(0, 3).map(([r, n]) => (n > 1 ? `${r} (${n})` : r));
  return `${head}: ${shown.join('; ')}${reasons.length > 3 ? `; and ${reasons.length - 3} other reasons` : ''}`;
}

/** The corrections a Dossier export carries; an invalid one is skipped with its reason. */
function correctionsOf(value: unknown, skipped: ImportReport['skipped']): Correction[] {
  const list = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[CORRECTIONS_PROPERTY] : undefined;
  if (!Array.isArray(list)) return [];
  return list.slice(0, MAX_CORRECTIONS).flatMap((raw, i) => {
    const parsed = correctionSchema.safeParse(raw);
    if (parsed.success) return [parsed.data];
    skipped.push({ id: `correction ${i + 1}`, reason: `not a correction Dossier can read: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
    return [];
  });
}

export function importAnnotationsText(text: string, deps: ImportDeps): ImportReport {
  const parsedFile = parseImportJson(text);
  const items = annotationItems(parsedFile);
  const now = deps.now().toISOString();
  const skipped: ImportReport['skipped'] = [];
  const chosen = new Map<string, Annotation>();
  for (const raw of items) {
    const result = convert(raw, deps, now);
    if (!result.ok) {
      skipped.push({ id: result.id, reason: result.reason });
      continue;
    }
    const a = result.annotation;
    if (!result.dated && deps.store.get(a.id)) {
      skipped.push({ id: a.id, reason: 'already in Dossier and the file gives no modification date' });
      continue;
    }
    const seen = chosen.get(a.id);
    if (seen) {
      skipped.push({ id: a.id, reason: 'listed twice in the file (the newer copy is imported)' });
      if (seen.modified >= a.modified) continue;
    }
    chosen.set(a.id, a);
  }
  // What each id held before, so the renderer can undo exactly this import.
  const before = new Map([...chosen.keys()].map((id) => [id, deps.store.get(id) ?? null]));
  const merged = chosen.size > 0 ? deps.store.merge([...chosen.values()]) : { added: 0, updated: 0, skipped: [] };
  const notStored = new Set(merged.skipped.map((s) => s.id));
  const changes: ImportReport['changes'] = { added: [], replaced: [] };
  for (const [id, previous] of before) {
    if (notStored.has(id)) continue;
    if (previous) changes.replaced.push(previous);
    else changes.added.push(id);
  }
  const report = { added: merged.added, updated: merged.updated, skipped: [...skipped, ...merged.skipped] };
  // Corrections already made here (same kind and entity) are kept as they are.
  const corrections = deps.corrections ? correctionsOf(parsedFile, report.skipped) : [];
  const correctionsAdded = corrections.length > 0 && deps.corrections ? deps.corrections.merge(corrections) : 0;
  const summary = importSummary(report) + (correctionsAdded ? `; ${correctionsAdded} ${correctionsAdded === 1 ? 'correction' : 'corrections'} added` : '');
  return { ...report, summary, changes, ...(correctionsAdded ? { correctionsAdded } : {}) };
}
