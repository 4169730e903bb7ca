/**
 * A conditional-logit (listwise softmax) ranker fitted by full-batch Adagrad with L2: each
 * example is a set of candidates, each with binary features, some of them right. The loss is
 * minus the log of the probability mass on the right candidates, so an example with two right
 * names ("Mr. Bennet", "her father") asks only that one of them win. Unlike the perceptron it
 * replaces, a small change of features moves the weights a little, not arbitrarily, and the
 * scores are probabilities as they stand (temperature 1). Deterministic: fixed order, no randomness.
 */
export interface RankExample {
  features: string[][];
  right: boolean[];
}

export function trainSoftmax(examples: readonly RankExample[], opts: { iterations: number; l2: number; rate: number }): Map<string, number> {
  const usable = examples.filter((e) => e.right.some(Boolean) && !e.right.every(Boolean));
  const names = new Map<string, number>();
  const encoded = usable.map((e) => ({
    right: e.right,
    features: e.features.map((fs) => [...new Set(fs)].map((f) => {
      let id = names.get(f);
      if (id === undefined) names.set(f, (id = names.size));
      return id;
    })),
  }));
  const w = new Float64Array(names.size);
  const g2 = new Float64Array(names.size);
  const grad = new Float64Array(names.size);
  for (let it = 0; it < opts.iterations; it++) {
    grad.fill(0);
    for (const e of encoded) {
      const scores = e.features.map((fs) => fs.reduce((s, id) => s + w[id]!, 0));
      const top = Math.max(...scores);
      const ex = scores.map((s) => Math.exp(s - top));
      const z = ex.reduce((a, b) => a + b, 0);
      const zRight = ex.reduce((a, b, i) => a + (e.right[i] ? b : 0), 0);
      e.features.forEach((fs, i) => {
        // d(-log P(right))/d score_i = p_i - p_i|right
        const d = ex[i]! / z - (e.right[i] ? ex[i]! / zRight : 0);
        if (d !== 0) for (const id of fs) grad[id]! += d;
      });
    }
    for (let id = 0; id < w.length; id++) {
      const g = grad[id]! / encoded.length + opts.l2 * w[id]!;
      g2[id]! += g * g;
      if (g2[id]! > 0) w[id]! -= (opts.rate * g) / Math.sqrt(g2[id]!);
    }
  }
  const out = new Map<string, number>();
  for (const [name, id] of [...names].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const v = Math.round(w[id]! * 1000) / 1000;
    if (v !== 0) out.set(name, v);
  }
  return out;
}
