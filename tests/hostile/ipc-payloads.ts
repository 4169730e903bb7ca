import type { Random } from './random';
import { hostileString } from './unicode';

/**
 * Hostile IPC payloads: what a compromised renderer could send. Random values (wrong types,
 * huge and odd numbers, prototype keys, deep nesting, hostile strings) and near-valid calls
 * with one field broken, so the schemas' edges are hit as well as their front doors.
 */
export function hostileValue(random: Random, depth = 0): unknown {
  const roll = random.int(depth > 3 ? 9 : 12);
  switch (roll) {
    case 0: return null;
    case 1: return undefined;
    case 2: return random.pick([0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, 0.5, NaN, Infinity, 2 ** 31]);
    case 3: return random.chance(0.5);
    case 4:
    case 5:
    case 6: return hostileString(random, 10);
    case 7: return 'x'.repeat(random.pick([0, 1, 100_001, 20_001, 513]));
    case 8: return random.pick(['seed', '00000000-0000-4000-8000-000000000000', 'yellow', 'TextQuoteSelector', '__proto__', 'constructor']);
    case 9: return Array.from({ length: random.int(5) }, () => hostileValue(random, depth + 1));
    case 10: {
      const out: Record<string, unknown> = {};
      for (let i = random.int(5); i > 0; i--) out[random.pick(['__proto__', 'constructor', 'prototype', 'id', 'note', 'tags', 'target', 'colour', 'scope', 'format', 'query', 'documentId', hostileString(random, 2)])] = hostileValue(random, depth + 1);
      // An own "__proto__", writable: an object that inherits a read-only one throws in strict
      // mode on the next assignment to __proto__, which failed the generator, not the app (seed 1013014324).
      if (random.chance(0.2)) Object.defineProperty(out, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
      return out;
    }
    default: return JSON.parse('{"__proto__": {"polluted": true}, "a": [[[[[[1]]]]]]}');
  }
}

/** A well-formed annotation target on the seed document, for near-valid payloads. */
function nearTarget(random: Random, documentId: string): Record<string, unknown> {
  const target: Record<string, unknown> = {
    documentId,
    paragraphId: 'p1',
    quote: { type: 'TextQuoteSelector', exact: 'North', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
  };
  if (random.chance(0.6)) target[random.pick(Object.keys(target))] = hostileValue(random, 1);
  return target;
}

/** Arguments for `channel`: random, or a plausible call with one part made hostile. */
export function hostileArgs(random: Random, channel: string, documentId: string): unknown {
  if (random.chance(0.3)) return random.chance(0.5) ? hostileValue(random) : Array.from({ length: random.int(4) }, () => hostileValue(random));
  const note = random.chance(0.5) ? hostileString(random, 20) : hostileValue(random, 1);
  const tags = random.chance(0.5) ? [hostileString(random, 3), hostileString(random, 3)] : hostileValue(random, 1);
  switch (channel) {
    case 'createAnnotation': return [{ target: nearTarget(random, documentId), note, tags, colour: random.chance(0.7) ? 'yellow' : hostileValue(random, 1) }];
    case 'updateAnnotation': return [random.chance(0.5) ? '00000000-0000-4000-8000-000000000000' : hostileValue(random, 1), { note, tags }];
    case 'restoreAnnotation':
      return [{ id: '00000000-0000-4000-8000-00000000000' + random.int(10), created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z', target: nearTarget(random, documentId), note, tags, colour: 'pink' }];
    case 'importAnnotations': return [random.chance(0.5) ? hostileString(random, 30) : JSON.stringify(hostileValue(random))];
    default: return [hostileValue(random, 1), hostileValue(random, 1)];
  }
}
