/** The query syntax, shown in the help sheet (one entry point for every key and query form). */
export const SEARCH_SYNTAX: readonly [example: string, meaning: string][] = [
  ['korea troops', 'Any of the words (ranked; case, accents and word endings ignored; korea also finds Koreans)'],
  ['US  NATO  WHO', 'Typed in capitals: only where written in capitals (us, nato: any case)'],
  ['May', 'With a capital: the name or month, not the verb (also Will)'],
  ['korea*', 'Words starting with “korea”'],
  ['ukrane~1', 'Fuzzy: up to 1 (or ~2: two) typing differences'],
  ['+kursk', 'Must contain the word'],
  ['-kursk', 'Must not contain the word'],
  ['"north korean troops"', 'The exact phrase, words in order'],
  ['title:korea', 'Only in the title (also body:)'],
  ['person:zelensky', 'Documents naming a person (also org:, place:)'],
  ['parl…', 'While typing, the last word also matches word starts; a pause or Enter searches exactly'],
];
