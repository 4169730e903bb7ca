/**
 * Duplicate documents among a query's matches (issues 10 and 15): one result per group, its
 * best-ranked member, with the others as its copies. Built once per index from each document's
 * group key; per query it writes only into arrays it owns (stamped, never cleared), so a query
 * over a corpus of copies allocates one list of the documents shown, not a list per group, and
 * the copies are listed only for the results on the page.
 */
export class DuplicateGroups {
  /** Each document's group (-1: none). */
  private readonly of: Int32Array;
  /** Group g's documents are members[start[g] .. start[g + 1]). */
  private readonly start: Int32Array;
  private readonly members: Int32Array;
  private readonly best: Int32Array;
  private readonly size: Int32Array;
  private readonly groupStamp: Uint32Array;
  private readonly keptStamp: Uint32Array;
  private gen = 0;

  constructor(groupKeys: readonly (string | undefined)[]) {
    const n = groupKeys.length;
    this.of = new Int32Array(n).fill(-1);
    const numbers = new Map<string, number>();
    groupKeys.forEach((key, d) => {
      if (key === undefined) return;
      let g = numbers.get(key);
      if (g === undefined) numbers.set(key, (g = numbers.size));
      this.of[d] = g;
    });
    const count = numbers.size;
    this.start = new Int32Array(count + 1);
    for (let d = 0; d < n; d++) if (this.of[d]! >= 0) this.start[this.of[d]! + 1]!++;
    for (let g = 0; g < count; g++) this.start[g + 1]! += this.start[g]!;
    this.members = new Int32Array(this.start[count]!);
    const fill = this.start.slice(0, count);
    for (let d = 0; d < n; d++) if (this.of[d]! >= 0) this.members[fill[this.of[d]!]!++] = d;
    this.best = new Int32Array(count);
    this.size = new Int32Array(count);
    this.groupStamp = new Uint32Array(count);
    this.keptStamp = new Uint32Array(count > 0 ? n : 0);
  }

  get any(): boolean {
    return this.members.length > 0;
  }

  /**
   * The matches with every group's members but its best (under `better`, negative = a first)
   * left out. Valid until the next call: `copiesOf` answers for this call's matches.
   */
  collapse(kept: readonly number[] | Int32Array, better: (a: number, b: number) => number): readonly number[] | Int32Array {
    if (!this.any) return kept;
    const gen = (this.gen = (this.gen + 1) >>> 0 || 1);
    let hidden = 0;
    for (let i = 0; i < kept.length; i++) {
      const d = kept[i]!;
      const g = this.of[d]!;
      if (g < 0) continue;
      this.keptStamp[d] = gen;
      if (this.groupStamp[g] !== gen) {
        this.groupStamp[g] = gen;
        this.best[g] = d;
        this.size[g] = 1;
        continue;
      }
      this.size[g]!++;
      hidden++;
      if (better(d, this.best[g]!) < 0) this.best[g] = d;
    }
    if (hidden === 0) return kept;
    const shown = new Int32Array(kept.length - hidden);
    let k = 0;
    for (let i = 0; i < kept.length; i++) {
      const d = kept[i]!;
      const g = this.of[d]!;
      if (g < 0 || this.best[g] === d) shown[k++] = d;
    }
    return shown;
  }

  /** The other matched members of d's group, best first (empty when d stands alone). */
  copiesOf(d: number, better: (a: number, b: number) => number): number[] {
    const g = this.of[d]!;
    if (g < 0 || this.groupStamp[g] !== this.gen || this.size[g]! < 2) return [];
    const out: number[] = [];
    for (let i = this.start[g]!; i < this.start[g + 1]!; i++) {
      const c = this.members[i]!;
      if (c !== d && this.keptStamp[c] === this.gen) out.push(c);
    }
    return out.sort(better);
  }
}
