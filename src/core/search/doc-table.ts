import { FIELDS, type FieldName, type UintArray } from './fields';
import { DictColumn, StringTable } from './string-table';

/** Entity mentions kept for highlighting person:/org:/place: matches: [paragraphIndex, start, end]. */
export interface StoredEntity {
  field: FieldName;
  name: string;
  mentions: [number, number, number][];
  /** Set only on an entity a correction retyped: its name key as extracted, which names its corpus entity still. */
  key?: string;
}

export interface StoredDocMeta {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  /** Paragraph ids joined by PARAGRAPH_ID_SEPARATOR (split only for shown results). */
  paragraphIds: string;
  entities: StoredEntity[];
  /** Duplicate group (its representative's id) when the corpus holds copies of this document. */
  group?: string;
}

/** Every document's entities, flat: document d's are entities start[d] .. start[d+1]). */
export interface EntityColumns {
  start: UintArray;
  /** Per entity: its field's index in FIELDS. */
  field: UintArray;
  name: DictColumn;
  key: DictColumn;
  /** Per entity: its mentions are triples mentionStart[e] .. mentionStart[e+1]) of `mentions`. */
  mentionStart: UintArray;
  /** [paragraph, start, end] per mention. */
  mentions: UintArray;
}

export interface DocColumns {
  ids: StringTable;
  titles: StringTable;
  paragraphIds: StringTable;
  sources: DictColumn;
  published: DictColumn;
  groups: DictColumn;
  entities: EntityColumns;
}

/**
 * Per-document metadata as columns (issue 15: at 100,000 documents the JSON object per document
 * was a 13 MB header to parse and 100,000 objects to collect at every load). The index file holds
 * the columns as they are; a document's fields are decoded when asked for, which is a result
 * shown, a document opened, a facet counted.
 */
export class DocTable {
  constructor(
    readonly columns: DocColumns,
    /** Documents whose entities the analyst's corrections changed (entity-corrections.ts). */
    private readonly overrides: ReadonlyMap<number, StoredEntity[]> | null = null,
  ) {}

  static from(metas: readonly StoredDocMeta[]): DocTable {
    const start = new Uint32Array(metas.length + 1);
    const field: number[] = [];
    const names: string[] = [];
    const keys: (string | undefined)[] = [];
    const mentionStart: number[] = [0];
    const mentions: number[] = [];
    metas.forEach((m, d) => {
      start[d] = field.length;
      for (const e of m.entities) {
        field.push(FIELDS.indexOf(e.field));
        names.push(e.name);
        keys.push(e.key);
        for (const [p, s, t] of e.mentions) mentions.push(p, s, t);
        mentionStart.push(mentions.length / 3);
      }
    });
    start[metas.length] = field.length;
    return new DocTable({
      ids: StringTable.from(metas.map((m) => m.id)),
      titles: StringTable.from(metas.map((m) => m.title)),
      paragraphIds: StringTable.from(metas.map((m) => m.paragraphIds)),
      sources: DictColumn.from(metas.map((m) => m.source)),
      published: DictColumn.from(metas.map((m) => m.published)),
      groups: DictColumn.from(metas.map((m) => m.group)),
      entities: { start, field: Uint32Array.from(field), name: DictColumn.from(names), key: DictColumn.from(keys), mentionStart: Uint32Array.from(mentionStart), mentions: Uint32Array.from(mentions) },
    });
  }

  get length(): number {
    return this.columns.ids.length;
  }

  id(d: number): string {
    return this.columns.ids.get(d);
  }

  title(d: number): string {
    return this.columns.titles.get(d);
  }

  source(d: number): string | null {
    return this.columns.sources.get(d);
  }

  published(d: number): string | null {
    return this.columns.published.get(d);
  }

  paragraphIds(d: number): string {
    return this.columns.paragraphIds.get(d);
  }

  /** Duplicate group (its representative's id), if any. */
  group(d: number): string | undefined {
    return this.columns.groups.get(d) ?? undefined;
  }

  /** Document d's entities, with their mentions (made on each call: for a document shown or corrected). */
  entities(d: number): StoredEntity[] {
    const own = this.overrides?.get(d);
    if (own) return own;
    const e = this.columns.entities;
    const out: StoredEntity[] = [];
    for (let i = e.start[d]!, to = e.start[d + 1]!; i < to; i++) {
      const mentions: [number, number, number][] = [];
      for (let m = e.mentionStart[i]! * 3, end = e.mentionStart[i + 1]! * 3; m < end; m += 3) mentions.push([e.mentions[m]!, e.mentions[m + 1]!, e.mentions[m + 2]!]);
      const entity: StoredEntity = { field: FIELDS[e.field[i]!]!, name: e.name.get(i) ?? '', mentions };
      const key = e.key.get(i);
      if (key !== null) entity.key = key;
      out.push(entity);
    }
    return out;
  }

  /** Document d's entities without their mentions, and without an object each (facets, over every match). */
  forEachEntity(d: number, fn: (field: FieldName, name: string, key: string | undefined) => void): void {
    const own = this.overrides?.get(d);
    if (own) {
      for (const x of own) fn(x.field, x.name, x.key);
      return;
    }
    const e = this.columns.entities;
    for (let i = e.start[d]!, to = e.start[d + 1]!; i < to; i++) fn(FIELDS[e.field[i]!]!, e.name.get(i) ?? '', e.key.get(i) ?? undefined);
  }

  /** The whole record of document d. */
  get(d: number): StoredDocMeta {
    const meta: StoredDocMeta = { id: this.id(d), title: this.title(d), source: this.source(d), published: this.published(d), paragraphIds: this.paragraphIds(d), entities: this.entities(d) };
    const group = this.group(d);
    if (group !== undefined) meta.group = group;
    return meta;
  }

  /** The same documents with some documents' entities replaced (the analyst's corrections). */
  withEntities(changed: ReadonlyMap<number, StoredEntity[]>): DocTable {
    const merged = new Map(this.overrides ?? []);
    for (const [d, list] of changed) merged.set(d, list);
    return new DocTable(this.columns, merged);
  }
}
