/**
 * `found`'s terms but `skip`, most postings first, ties by term number, one at a time as the
 * caller takes them. A letter typed at 100,000 documents of a large vocabulary has 60,000 words
 * under it of which a handful are taken: sorting them all took milliseconds of every such
 * keystroke, where a heap (one number per term: fewer postings, then the term, come out later)
 * is made in one pass and popped only as far as the caller reads.
 */
export function* commonestFirst(found: readonly number[], skip: number, docFreq: ArrayLike<number>, termCount: number): Generator<number> {
  let most = 0;
  for (const t of found) if (docFreq[t]! > most) most = docFreq[t]!;
  const heap = new Float64Array(found.length);
  let n = 0;
  // Exact: (most + 1) × termCount stays far below 2^53 for any index this engine can hold.
  for (const t of found) if (t !== skip) heap[n++] = (most - docFreq[t]!) * termCount + t;
  const down = (i: number) => {
    const v = heap[i]!;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && heap[c + 1]! < heap[c]!) c++;
      if (heap[c]! >= v) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = v;
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) down(i);
  while (n > 0) {
    const top = heap[0]!;
    heap[0] = heap[--n]!;
    down(0);
    yield top % termCount;
  }
}
