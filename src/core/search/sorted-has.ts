/** Whether `value` is in the ascending run sorted[lo..hi): a term's postings hold a document. */
export function sortedHas(sorted: ArrayLike<number>, lo: number, hi: number, value: number): boolean {
  const end = hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && sorted[lo] === value;
}
