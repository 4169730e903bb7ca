import type { DocColumns, DocTable } from './doc-table';
import { ENTITY_FIELDS } from './entity-corrections';
import { FIELDS } from './fields';
import type { EntityAliases, EntityKeys, FacetCounts, FacetRequest } from './facets';

const IS_ENTITY_FIELD = Uint8Array.from(FIELDS, (_, f) => (ENTITY_FIELDS.includes(f) ? 1 : 0));

/** What an entity facet's names resolve to under one set of aliases. */
interface Roots {
  aliases: EntityAliases;
  /** Root number → its corpus entity id (the keys first, then alias targets no document uses as its key). */
  names: string[];
  index: Map<string, number>;
  /** Document d's distinct roots are roots[start[d] .. start[d + 1]). */
  start: Int32Array;
  roots: Int32Array;
}

/**
 * Every document's facet values as numbers (issue 15): the results panel's final query counts
 * the facets of every match, and reading each match's source, date, id and entity names as
 * strings took about 1 µs a match (a common word at 100,000 documents: 73 ms median, 353 ms
 * p95). The document table already stores sources, dates, groups and entity names as dictionary codes, so
 * this reads the codes: a year number per document and an entity-key number per entity row, made
 * once per index, and per query only typed counters. Documents whose entities the analyst
 * corrected are read from the table as before (they are few).
 */
export class FacetIndex {
  private readonly yearOf: Int32Array;
  private readonly years: string[] = [];
  /** Per entity row of the table: its key's number, -1 for a row outside the entity fields. */
  private readonly rowKey: Int32Array;
  private readonly keys: string[] = [];
  private readonly keyIndex = new Map<string, number>();
  private roots: Roots | null = null;

  /** `columns`: the table as loaded (corrections override some documents' entities, never the columns). */
  constructor(
    private readonly columns: DocColumns,
    private readonly entityKeys: EntityKeys,
  ) {
    const { published, entities } = columns;
    const yearOfCode = new Int32Array(published.values.length + 1).fill(-1);
    const yearIndex = new Map<string, number>();
    for (let c = 1; c <= published.values.length; c++) {
      const year = published.values.get(c - 1).slice(0, 4);
      let y = yearIndex.get(year);
      if (y === undefined) yearIndex.set(year, (y = this.years.push(year) - 1));
      yearOfCode[c] = y;
    }
    this.yearOf = new Int32Array(published.codes.length);
    for (let d = 0; d < published.codes.length; d++) this.yearOf[d] = yearOfCode[published.codes[d]!]!;

    // Typed memos by dictionary code, not maps: at 100,000 documents there are 1.5 million rows.
    const rows = entities.field.length;
    this.rowKey = new Int32Array(rows).fill(-1);
    const byKeyCode = new Int32Array(entities.key.values.length + 1).fill(-1);
    const byName = new Int32Array((entities.name.values.length + 1) * FIELDS.length).fill(-1);
    for (let i = 0; i < rows; i++) {
      const field = entities.field[i]!;
      if (!IS_ENTITY_FIELD[field]) continue;
      const keyCode = entities.key.codes[i]!;
      if (keyCode > 0) {
        if (byKeyCode[keyCode] === -1) {
          const given = entities.key.get(i);
          byKeyCode[keyCode] = given ? this.keyNumber(given) : -2;
        }
        if (byKeyCode[keyCode]! >= 0) {
          this.rowKey[i] = byKeyCode[keyCode]!;
          continue;
        }
      }
      const memo = entities.name.codes[i]! * FIELDS.length + field;
      if (byName[memo] === -1) byName[memo] = this.keyNumber(this.entityKeys.of(FIELDS[field]!, entities.name.get(i) ?? ''));
      this.rowKey[i] = byName[memo]!;
    }
  }

  private keyNumber(key: string): number {
    let k = this.keyIndex.get(key);
    if (k === undefined) this.keyIndex.set(key, (k = this.keys.push(key) - 1));
    return k;
  }

  /**
   * Every document's distinct roots under `aliases`, made once per aliases map (the worker
   * replaces the map when the corpus view's merges change), so a query reads one flat list.
   */
  private rootsFor(aliases: EntityAliases): Roots {
    if (this.roots?.aliases === aliases) return this.roots;
    const names = [...this.keys];
    const index = new Map(this.keyIndex);
    const rootOf = new Int32Array(this.keys.length);
    this.keys.forEach((key, k) => {
      const root = aliases.get(key) ?? key;
      let r = index.get(root);
      if (r === undefined) index.set(root, (r = names.push(root) - 1));
      rootOf[k] = r;
    });
    const rowStart = this.columns.entities.start;
    const n = rowStart.length - 1;
    const start = new Int32Array(n + 1);
    const roots = new Int32Array(this.rowKey.length);
    const stamp = new Int32Array(names.length).fill(-1);
    let m = 0;
    for (let d = 0; d < n; d++) {
      start[d] = m;
      for (let i = rowStart[d]!, to = rowStart[d + 1]!; i < to; i++) {
        const k = this.rowKey[i]!;
        if (k < 0) continue;
        const r = rootOf[k]!;
        if (stamp[r] === d) continue;
        stamp[r] = d;
        roots[m++] = r;
      }
    }
    start[n] = m;
    return (this.roots = { aliases, names, index, start, roots: roots.slice(0, m) });
  }

  /**
   * The matches the facets allow (in the order given) and, when asked, the counts: the same
   * result as reading each match's strings (the test keeps that reference). `docs`: the table
   * as searched (with corrections); `corrected`: the documents whose entities it overrides;
   * `noted`: the documents (by number) with notes.
   */
  apply<T extends ArrayLike<number>>(docs: DocTable, matches: T, req: FacetRequest, aliases: EntityAliases, noted: ReadonlySet<number>, corrected: ReadonlySet<number>): { kept: T | number[]; counts: FacetCounts | null } {
    const { sources, groups } = this.columns;
    const needEntities = req.entity !== null || req.counts;
    const roots = needEntities ? this.rootsFor(aliases) : null;
    // Roots outside the table's (a corrected document's new name) get numbers past its names.
    const extra = new Map<string, number>();
    const rootNumber = (id: string) => {
      let r = roots!.index.get(id) ?? extra.get(id);
      if (r === undefined) extra.set(id, (r = roots!.names.length + extra.size));
      return r;
    };
    const wantEntity = req.entity ? rootNumber(req.entity) : -1;
    let wantSource = -1;
    if (req.source) for (let c = 1; c <= sources.values.length; c++) if (sources.values.get(c - 1) === req.source) wantSource = c;
    const yearOk = this.years.map((y) => (!req.fromYear || y >= req.fromYear) && (!req.toYear || y <= req.toYear));
    const anyYear = !req.fromYear && !req.toYear;
    // A source counts when it is not empty; a year when it is not empty.
    const sourceCounted = Uint8Array.from({ length: sources.values.length + 1 }, (_, c) => (c > 0 && sources.values.get(c - 1) ? 1 : 0));
    const yearCounted = Uint8Array.from(this.years, (y) => (y ? 1 : 0));
    // With no facet chosen every match stays: the list given is the list kept.
    const filtering = Boolean(req.source) || !anyYear || wantEntity >= 0 || req.hasNotes;

    const sourceCount = new Counts(sources.values.length + 1);
    const yearCount = new Counts(this.years.length);
    const entityCount = new Counts(roots ? roots.names.length : 0);
    let notedCount = 0;
    const notedGroups = new Set<number>();
    const corrections: number[] = [];
    const kept: number[] = [];
    const rootStart = roots?.start;
    const rootList = roots?.roots;
    for (let j = 0; j < matches.length; j++) {
      const d = matches[j]!;
      const sourceCode = sources.codes[d]!;
      const y = this.yearOf[d]!;
      const source = !req.source || sourceCode === wantSource;
      const inYears = anyYear || (y >= 0 && yearOk[y]!);
      const hasNotes = noted.size > 0 && noted.has(d);
      const notes = !req.hasNotes || hasNotes;
      // A corrected document's roots are read from the table as searched; the rest from the list.
      let from = 0;
      let to = 0;
      let own: number[] | null = null;
      if (needEntities) {
        if (corrected.size > 0 && corrected.has(d)) {
          const found = new Set<number>();
          docs.forEachEntity(d, (field, name, key) => {
            if (!IS_ENTITY_FIELD[FIELDS.indexOf(field)]) return;
            const k = this.entityKeys.of(field, name, key);
            found.add(rootNumber(aliases.get(k) ?? k));
          });
          own = corrections;
          own.length = 0;
          own.push(...found);
        } else {
          from = rootStart![d]!;
          to = rootStart![d + 1]!;
        }
      }
      let entity = wantEntity < 0;
      if (!entity) {
        if (own) entity = own.includes(wantEntity);
        else for (let i = from; i < to && !entity; i++) entity = rootList![i] === wantEntity;
      }
      if (filtering && source && inYears && entity && notes) kept.push(d);
      if (!req.counts) continue;
      const group = groups.codes[d]!;
      if (inYears && entity && notes && sourceCounted[sourceCode]) sourceCount.add(sourceCode, group);
      if (source && entity && notes && y >= 0 && yearCounted[y]) yearCount.add(y, group);
      if (source && inYears && notes) {
        if (own) for (const r of own) entityCount.add(r, group);
        else if (group === 0) entityCount.addAll(rootList!, from, to);
        else for (let i = from; i < to; i++) entityCount.add(rootList![i]!, group);
      }
      if (source && inYears && entity && hasNotes && (group === 0 || !notedGroups.has(group))) {
        if (group > 0) notedGroups.add(group);
        notedCount++;
      }
    }
    const keptOut = filtering ? kept : matches;
    if (!req.counts) return { kept: keptOut, counts: null };
    const extraNames = [...extra.keys()];
    const rootName = (r: number) => (r < roots!.names.length ? roots!.names[r]! : extraNames[r - roots!.names.length]!);
    return {
      kept: keptOut,
      counts: {
        sources: sourceCount.entries((c) => sources.values.get(c - 1)),
        years: yearCount.entries((y) => this.years[y]!),
        entities: entityCount.entries(rootName),
        noted: notedCount,
      },
    };
  }
}

/**
 * Counts per value number, a duplicate group once per value (the result list shows a group once).
 * Values past the initial size (a corrected document's new entity) go to a map.
 */
class Counts {
  private readonly counts: Int32Array;
  private readonly more = new Map<number, number>();
  private readonly seen = new Set<number>();
  constructor(size: number) {
    this.counts = new Int32Array(size);
  }
  add(value: number, group: number): void {
    if (group > 0) {
      // Pairs as one number: values and groups are both below 2^26 here.
      const pair = value * 67_108_864 + group;
      if (this.seen.has(pair)) return;
      this.seen.add(pair);
    }
    if (value < this.counts.length) this.counts[value]!++;
    else this.more.set(value, (this.more.get(value) ?? 0) + 1);
  }
  /** Values list[from .. to), outside any group, all below the initial size. */
  addAll(list: Int32Array, from: number, to: number): void {
    for (let i = from; i < to; i++) this.counts[list[i]!]!++;
  }
  entries(name: (value: number) => string): [string, number][] {
    const out: [string, number][] = [];
    for (let v = 0; v < this.counts.length; v++) if (this.counts[v]! > 0) out.push([name(v), this.counts[v]!]);
    for (const [v, n] of this.more) out.push([name(v), n]);
    return out;
  }
}
