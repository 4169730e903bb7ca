import type { Random } from './random';
import { hostileString } from './unicode';
import { hostileValue } from './ipc-payloads';

/**
 * Hostile annotation import files: broken JSON, deep nesting, huge counts, W3C annotations
 * with selectors, bodies and dates bent one way or another, hostile text everywhere.
 */
export function hostileImportFile(random: Random, documentIds: readonly string[]): string {
  const roll = random.int(10);
  if (roll === 0) return hostileString(random, 40);
  if (roll === 1) return `${'['.repeat(random.int(5000))}1`;
  if (roll === 2) return JSON.stringify(hostileValue(random)) ?? 'undefined';
  const items = Array.from({ length: 1 + random.int(6) }, () => annotation(random, documentIds));
  const wrapped = random.chance(0.5)
    ? { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', items } }
    : random.chance(0.5) ? items : items[0];
  const text = JSON.stringify(wrapped);
  return random.chance(0.1) ? text.slice(0, random.int(text.length)) : text;
}

function annotation(random: Random, documentIds: readonly string[]): Record<string, unknown> {
  const exact = random.chance(0.7) ? 'North Korean troops' : hostileString(random, 4);
  const a: Record<string, unknown> = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: random.chance(0.7) ? `urn:uuid:${crypto.randomUUID()}` : hostileValue(random, 1),
    type: 'Annotation',
    created: random.pick(['2024-01-01T00:00:00Z', '2024-13-45T99:00:00Z', 'yesterday', '', '9999-12-31T23:59:59.999+14:00']),
    modified: random.pick(['2024-02-01T00:00:00Z', '0000-01-01T00:00:00Z', '2024-02-01T00:00:00']),
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: hostileString(random, 20), format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: hostileString(random, 3) },
    ],
    target: {
      source: `urn:dossier:doc:${encodeLoosely(random.chance(0.8) ? random.pick(documentIds) : hostileString(random, 3))}`,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: hostileString(random, 2), suffix: hostileString(random, 2) },
        { type: 'TextPositionSelector', start: random.pick([0, 5, -1, 1e12, 0.5]), end: random.pick([19, 5, 1e12, -3]) },
      ],
    },
  };
  if (random.chance(0.3)) a[random.pick(Object.keys(a))] = hostileValue(random, 1);
  return a;
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes in raw: a hostile file would. */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}
