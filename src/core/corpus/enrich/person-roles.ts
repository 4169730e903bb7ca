/**
 * Descriptions news gives one person it has already named, so that "the 28-year-old presenter
 * said", "said the American" or "the former coach added" mean that person; not the heads it
 * gives people it never names ("a spokesman", "the official", "the source"), which stay
 * descriptions.
 */
const ONE_PERSON = new Set([
  'presenter', 'host', 'singer', 'actor', 'actress', 'star', 'comedian', 'rapper', 'musician', 'frontman', 'guitarist',
  'drummer', 'novelist', 'author', 'writer', 'poet', 'artist', 'designer', 'model', 'director', 'producer', 'film-maker',
  'striker', 'midfielder', 'defender', 'full-back', 'goalkeeper', 'keeper', 'winger', 'captain', 'player',
  'champion', 'coach', 'manager', 'boss', 'international', 'veteran', 'skipper', 'batsman', 'bowler', 'fly-half',
  'scrum-half', 'sprinter', 'athlete', 'jockey', 'golfer', 'teenager', 'chancellor', 'premier', 'president', 'mayor',
  'chairman', 'chairwoman', 'editor', 'founder', 'tycoon', 'billionaire', 'entrepreneur', 'businessman', 'businesswoman',
]);

/** "the American", "the Spaniard": one person by their nationality, as sports pages write. */
const DEMONYMS = new Set([
  'American', 'Briton', 'Englishman', 'Englishwoman', 'Scot', 'Scotsman', 'Welshman', 'Irishman', 'Irishwoman',
  'Australian', 'Canadian', 'German', 'Italian', 'Russian', 'Swede', 'Swiss', 'Dutchman', 'Dutchwoman', 'Belgian',
  'Frenchman', 'Frenchwoman', 'Spaniard', 'Argentine', 'Argentinian', 'Brazilian', 'Croat', 'Croatian', 'Serb', 'Czech',
  'Pole', 'Austrian', 'Norwegian', 'Dane', 'Finn', 'Japanese', 'Chinese', 'Indian', 'Kenyan', 'Ethiopian', 'Nigerian',
  'Mexican', 'Chilean', 'Portuguese', 'Greek', 'Turk', 'Israeli', 'Iranian', 'Pakistani', 'Korean', 'Ukrainian',
  'Slovak', 'Romanian', 'Bulgarian', 'Hungarian', 'Georgian', 'Thai', 'Moroccan', 'Egyptian', 'Zimbabwean', 'Jamaican',
  'Belarusian', 'Slovenian', 'Colombian', 'Uruguayan', 'Venezuelan', 'Cuban', 'Ghanaian', 'Cameroonian', 'Senegalese',
]);

/** Whether a head noun can describe one named person ("presenter", "American"). */
export function isOnePersonHead(word: string): boolean {
  return ONE_PERSON.has(word.toLowerCase()) || DEMONYMS.has(word);
}

/**
 * Whether a description written with "the" names one person: "the 74-year-old comedian", "the
 * American", "the former Scotland international"; not "the official" or "the company".
 */
export function describesOnePerson(description: string): boolean {
  const m = /^the\s+((?:[\p{L}\p{N}’'-]+\s+){0,3}?)([\p{L}-]+)$/iu.exec(description);
  if (!m) return false;
  return isOnePersonHead(m[2] ?? '') || /\b\d+-year-old\b/u.test(m[1] ?? '');
}
