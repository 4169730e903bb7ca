import { FIELDS, type FieldName, type UintArray } from './fields';
import { DictColumn, StringTable } from './string-table';
import { MAX_TOKENS, U32Builder } from './builders';

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

  /** One pass over `metas`, each dropped once read (the build streams them: see storedMetas). */
  static from(metas: Iterable<StoredDocMeta>): DocTable {
    const start: number[] = [];
    const field = new U32Builder(MAX_TOKENS, 'entities');
    const names: string[] = [];
    const keys: (string | undefined)[] = [];
    const mentionStart = new U32Builder(MAX_TOKENS, 'entities');
    mentionStart.push(0);
    const mentions = new U32Builder(MAX_TOKENS, 'entity mentions');
    const ids: string[] = [];
    const titles: string[] = [];
    const paragraphIds: string[] = [];
    const sources: (string | null)[] = [];
    const published: (string | null)[] = [];
    const groups: (string | undefined)[] = [];
    for (const m of metas) {
      start.push(field.length);
      ids.push(m.id);
      titles.push(m.title);
      paragraphIds.push(m.paragraphIds);
      sources.push(m.source);
      published.push(m.published);
      groups.push(m.group);
      for (const e of m.entities) {
        field.push(FIELDS.indexOf(e.field));
        names.push(e.name);
        keys.push(e.key);
        for (const [p, s, t] of e.mentions) {
          mentions.push(p);
          mentions.push(s);
          mentions.push(t);
        }
        mentionStart.push(mentions.length / 3);
      }
    }
    start.push(field.length);
    return new DocTable({
      ids: StringTable.from(ids),
      titles: StringTable.from(titles),
      paragraphIds: StringTable.from(paragraphIds),
      sources: DictColumn.from(sources),
      published: DictColumn.from(published),
      groups: DictColumn.from(groups),
      entities: { start: Uint32Array.from(start), field: field.finish(), name: DictColumn.from(names), key: DictColumn.from(keys), mentionStart: mentionStart.finish(), mentions: mentions.finish() },
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
