import { CORPUS_SCHEMA_VERSION, type EntityType, type ProcessedDocument } from '../../../../../src/shared/corpus';

export interface DocSpec {
  id: string;
  source?: string;
  /** One paragraph each; entity names are found in them by text. */
  paragraphs: string[];
  entities?: { name: string; type: EntityType; forms?: string[] }[];
  events?: { text: string; date: string; paragraph?: number }[];
  figures?: { text: string; value: number; counts: string; claimant?: string; paragraph?: number }[];
}

/** A processed document written by hand, so the tables' rules are tested apart from extraction. */
export function makeDoc(spec: DocSpec): ProcessedDocument {
  const paragraphs = spec.paragraphs.map((text, i) => ({ id: `${spec.id}-p${i}`, text }));
  const find = (needle: string, from = 0) => {
    for (const p of paragraphs) {
      const at = p.text.indexOf(needle, from);
      if (at !== -1) return { paragraphId: p.id, start: at, end: at + needle.length };
    }
    throw new Error(`"${needle}" is not in ${spec.id}`);
  };
  const everywhere = (needle: string) =>
    paragraphs.flatMap((p) => {
      const out = [];
      for (let at = p.text.indexOf(needle); at !== -1; at = p.text.indexOf(needle, at + needle.length)) out.push({ paragraphId: p.id, start: at, end: at + needle.length });
      return out;
    });
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    id: spec.id,
    title: `Title of ${spec.id}`,
    published: null,
    byline: null,
    source: spec.source ?? 'Wire',
    url: null,
    paragraphs,
    entities: (spec.entities ?? []).map((e) => ({ name: e.name, type: e.type, mentions: withoutOverlaps((e.forms ?? [e.name]).flatMap(everywhere)) })),
    quotes: [],
    figures: (spec.figures ?? []).map((f) => ({ ...find(f.text), text: f.text, value: f.value, counts: f.counts, claimant: f.claimant ?? null })),
    events: (spec.events ?? []).map((e) => ({ ...find(e.text), text: e.text, date: e.date })),
  };
}

/** "Blair" inside "Tony Blair" is the same mention, as extraction reports it. */
function withoutOverlaps<M extends { paragraphId: string; start: number; end: number }>(mentions: M[]): M[] {
  const kept: M[] = [];
  for (const m of mentions) if (!kept.some((k) => k.paragraphId === m.paragraphId && m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}
