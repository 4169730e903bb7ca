/**
 * The place gazetteer: GeoNames city names (by size tier) and first-level divisions, written by
 * scripts/build-gazetteer.ts into model/places.json (CC BY 4.0, see model/NOTICE.md). The tagger
 * reads it as a feature (it learns from the train split how far a match is to be trusted:
 * "Reading" and "Florence" are towns and more often something else); the rules read its
 * countries as places ("the Philippines", which the lexicon calls a demonym) and do not throw
 * away an ordinary-looking word it knows as a place ("Mobile"), leaving that to the tagger.
 */
import placesFile from './model/places.json' with { type: 'json' };

interface PlacesFile {
  /** "name\tkind" lines, names lower-cased (accented ones also in plain spelling). */
  places: string;
}

/** What the gazetteer knows of a name: "c" country or sea, "r" division, "4"/"5"/"6" city size tier, "r5" both. */
export type PlaceKind = string;

let lines: string[] | null = null;

/** The gazetteer's kind of a name as written ("Leeds" -> "5"), or undefined. */
export function placeKind(name: string): PlaceKind | undefined {
  lines ??= (placesFile as PlacesFile).places.split('\n');
  // Binary search over the sorted lines: loading stays one split (no Map of 30,000 names). A tab
  // sorts below every character of a name, so "key\t" orders lines as their keys do.
  const probe = `${name.toLowerCase()}\t`;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid] as string;
    if (line.startsWith(probe)) return line.slice(probe.length);
    if (line < probe) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
