import type { Entity, EntityType, ProcessedDocument } from '../../shared/corpus';
import { itemTarget, type Correction } from '../../shared/corrections';

/** Corrections indexed for applying. */
export interface CorrectionView {
  rejected: ReadonlySet<string>;
  retyped: ReadonlyMap<string, EntityType>;
  /** Entities the analyst merged another into (a document naming both lists them once). */
  merged: ReadonlySet<string>;
  /** itemTarget of a quote → its speaker (null: unattributed). */
  speakers: ReadonlyMap<string, string | null>;
  /** itemTarget of a figure → its claimant (null: unattributed). */
  claimants: ReadonlyMap<string, string | null>;
}

export const NO_CORRECTIONS: CorrectionView = { rejected: new Set(), retyped: new Map(), merged: new Set(), speakers: new Map(), claimants: new Map() };

/**
 * How the analyst regrouped names: merges (an entity's names join another entity) and splits
 * (a name the alias rules merged stands alone again). These change which rows the corpus
 * tables have, so they are applied where the tables are computed (merge-aliases.ts), not on
 * top of them like the rest. Both are keyed by name-group ids ("person:blair").
 */
export interface NameOverrides {
  /** [group, group it joins], oldest first. */
  merges: readonly (readonly [string, string])[];
  splits: ReadonlySet<string>;
}

export const NO_OVERRIDES: NameOverrides = { merges: [], splits: new Set() };

export function nameOverrides(corrections: readonly Correction[]): NameOverrides {
  const merges: [string, string][] = [];
  const splits = new Set<string>();
  // The list is newest first; merges apply oldest first so a later one can build on an earlier one.
  for (let i = corrections.length - 1; i >= 0; i--) {
    const c = corrections[i] as Correction;
    if (c.kind === 'merge-entity' && c.other) merges.push([c.target, c.other]);
    else if (c.kind === 'split-alias') splits.add(c.target);
  }
  return merges.length === 0 && splits.size === 0 ? NO_OVERRIDES : { merges, splits };
}

/** A key that changes exactly when the overrides do (the tables computed with them are cached by it). */
export function overridesKey(o: NameOverrides): string {
  return o === NO_OVERRIDES ? '' : JSON.stringify([o.merges, [...o.splits].sort()]);
}

/**
 * `resolve` maps a stored target to the entity it names in the current corpus: itself, the
 * entity a rebuild (or a merge) put it in, or null when it has gone (then it applies to
 * nothing, and the list of corrections says so).
 */
export function correctionView(corrections: readonly Correction[], resolve: (id: string) => string | null = (id) => id): CorrectionView {
  if (corrections.length === 0) return NO_CORRECTIONS;
  const rejected = new Set<string>();
  const retyped = new Map<string, EntityType>();
  const speakers = new Map<string, string | null>();
  const claimants = new Map<string, string | null>();
  const merged = new Set<string>();
  for (const c of corrections) {
    if (c.kind === 'quote-speaker') speakers.set(c.target, c.attribution ?? null);
    else if (c.kind === 'figure-claimant') claimants.set(c.target, c.attribution ?? null);
    else if (c.kind === 'merge-entity' && c.other) {
      const into = resolve(c.other);
      if (into !== null && resolve(c.target) === into) merged.add(into);
    }
    if (c.kind !== 'reject-entity' && c.kind !== 'retype-entity') continue;
    const id = resolve(c.target);
    if (id === null) continue;
    if (c.kind === 'reject-entity') rejected.add(id);
    else if (c.type) retyped.set(id, c.type);
  }
  return { rejected, retyped, merged, speakers, claimants };
}

/**
 * The document as the analyst corrected it: rejected entities gone from its briefing, retyped
 * ones under their new type, two names the analyst merged listed once (mentions together,
 * the more mentioned name), and quotes and figures with the speaker and claimant set. Entities
 * carry `corpusId` (set by the caller); those without one are left as they are.
 */
export function correctDocument(doc: ProcessedDocument, view: CorrectionView): ProcessedDocument {
  const entities = correctEntities(doc.entities, view);
  const quotes =
    view.speakers.size === 0
      ? doc.quotes
      : doc.quotes.map((q) => {
          const speaker = view.speakers.get(itemTarget(doc.id, q.paragraphId, q.start));
          if (speaker === undefined) return q;
          // The analyst's word: no longer an uncertain guess.
          const { confidence: _dropped, ...rest } = q;
          return { ...rest, speaker };
        });
  const figures =
    view.claimants.size === 0
      ? doc.figures
      : doc.figures.map((f) => {
          const claimant = view.claimants.get(itemTarget(doc.id, f.paragraphId, f.start));
          if (claimant === undefined) return f;
          const { confidence: _dropped, ...rest } = f;
          return { ...rest, claimant };
        });
  if (entities === doc.entities && quotes === doc.quotes && figures === doc.figures) return doc;
  return { ...doc, entities, quotes, figures };
}

function correctEntities(list: readonly Entity[], view: CorrectionView): Entity[] {
  const byId = new Map<string, Entity>();
  let changed = false;
  const out: Entity[] = [];
  for (const e of list) {
    const id = e.corpusId;
    if (id === undefined) {
      out.push(e);
      continue;
    }
    if (view.rejected.has(id)) {
      changed = true;
      continue;
    }
    const type = view.retyped.get(id) ?? e.type;
    const seen = view.merged.has(id) ? byId.get(id) : undefined;
    if (seen) {
      // Two of this document's names are one corpus entity (a merge): one row with both names' mentions.
      changed = true;
      const mentions = [...seen.mentions, ...e.mentions];
      const name = e.mentions.length > seen.mentions.length ? e.name : seen.name;
      const merged = { ...seen, name, mentions };
      out[out.indexOf(seen)] = merged;
      byId.set(id, merged);
      continue;
    }
    const corrected = type === e.type ? e : ((changed = true), { ...e, type });
    byId.set(id, corrected);
    out.push(corrected);
  }
  return changed ? out : (list as Entity[]);
}
