import { indexTerm } from './normalize';

/**
 * Word forms an analyst expects to match each other that the Porter stemmer keeps apart: a
 * place and its people ("korea" finds "Koreans", "ukraine" finds "Ukrainian"). Plurals of names
 * ("Koreas", "Kims") are already folded by the stemmer. Each row is one family; any word of a
 * family finds them all. Ordinary words are untouched: only these stems gain forms.
 *
 * Kept short on purpose — countries and regions that recur in news reporting. Add a row here
 * (and nowhere else) to teach search a new family.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ['afghanistan', 'afghan', 'afghans'],
  ['africa', 'african', 'africans'],
  ['albania', 'albanian'],
  ['algeria', 'algerian'],
  ['america', 'american', 'americans'],
  ['argentina', 'argentine', 'argentinian', 'argentinians'],
  ['armenia', 'armenian'],
  ['asia', 'asian', 'asians'],
  ['australia', 'australian', 'australians'],
  ['austria', 'austrian'],
  ['azerbaijan', 'azerbaijani', 'azeri'],
  ['bangladesh', 'bangladeshi'],
  ['belarus', 'belarusian'],
  ['belgium', 'belgian'],
  ['bosnia', 'bosnian'],
  ['brazil', 'brazilian', 'brazilians'],
  ['britain', 'british', 'briton', 'britons'],
  ['bulgaria', 'bulgarian'],
  ['canada', 'canadian', 'canadians'],
  ['chechnya', 'chechen', 'chechens'],
  ['chile', 'chilean'],
  ['china', 'chinese'],
  ['colombia', 'colombian'],
  ['croatia', 'croatian', 'croat', 'croats'],
  ['cuba', 'cuban', 'cubans'],
  ['cyprus', 'cypriot'],
  ['czechia', 'czech', 'czechs'],
  ['denmark', 'danish', 'dane', 'danes'],
  ['egypt', 'egyptian', 'egyptians'],
  ['england', 'english'],
  ['estonia', 'estonian'],
  ['ethiopia', 'ethiopian'],
  ['europe', 'european', 'europeans'],
  ['finland', 'finnish', 'finn', 'finns'],
  ['france', 'french'],
  ['georgia', 'georgian'],
  ['germany', 'german', 'germans'],
  ['greece', 'greek', 'greeks'],
  ['hungary', 'hungarian'],
  ['iceland', 'icelandic'],
  ['india', 'indian', 'indians'],
  ['indonesia', 'indonesian'],
  ['iran', 'iranian', 'iranians'],
  ['iraq', 'iraqi', 'iraqis'],
  ['ireland', 'irish'],
  ['israel', 'israeli', 'israelis'],
  ['italy', 'italian', 'italians'],
  ['japan', 'japanese'],
  ['jordan', 'jordanian'],
  ['kazakhstan', 'kazakh'],
  ['kenya', 'kenyan'],
  ['korea', 'korean', 'koreans'],
  ['kosovo', 'kosovan', 'kosovar'],
  ['kuwait', 'kuwaiti'],
  ['latvia', 'latvian'],
  ['lebanon', 'lebanese'],
  ['libya', 'libyan'],
  ['lithuania', 'lithuanian'],
  ['malaysia', 'malaysian'],
  ['mexico', 'mexican', 'mexicans'],
  ['moldova', 'moldovan'],
  ['mongolia', 'mongolian'],
  ['morocco', 'moroccan'],
  ['netherlands', 'dutch'],
  ['nigeria', 'nigerian'],
  ['norway', 'norwegian'],
  ['pakistan', 'pakistani', 'pakistanis'],
  ['palestine', 'palestinian', 'palestinians'],
  ['peru', 'peruvian'],
  ['philippines', 'filipino', 'filipinos'],
  ['poland', 'polish', 'pole', 'poles'],
  ['portugal', 'portuguese'],
  ['romania', 'romanian'],
  ['russia', 'russian', 'russians'],
  ['saudi', 'saudis'],
  ['scotland', 'scottish', 'scot', 'scots'],
  ['serbia', 'serbian', 'serb', 'serbs'],
  ['slovakia', 'slovak'],
  ['slovenia', 'slovenian', 'slovene'],
  ['somalia', 'somali'],
  ['spain', 'spanish', 'spaniard', 'spaniards'],
  ['sudan', 'sudanese'],
  ['sweden', 'swedish', 'swede', 'swedes'],
  ['switzerland', 'swiss'],
  ['syria', 'syrian', 'syrians'],
  ['taiwan', 'taiwanese'],
  ['thailand', 'thai'],
  ['tibet', 'tibetan'],
  ['tunisia', 'tunisian'],
  ['turkey', 'turkish', 'turk', 'turks'],
  ['uganda', 'ugandan'],
  ['ukraine', 'ukrainian', 'ukrainians'],
  ['uzbekistan', 'uzbek'],
  ['venezuela', 'venezuelan'],
  ['vietnam', 'vietnamese'],
  ['wales', 'welsh'],
  ['yemen', 'yemeni'],
  ['zimbabwe', 'zimbabwean'],
];

let byStem: Map<string, string[]> | null = null;

function table(): Map<string, string[]> {
  if (byStem) return byStem;
  byStem = new Map();
  for (const family of FAMILIES) {
    const stems = [...new Set(family.map((w) => indexTerm(w)).filter((t): t is string => t !== null))];
    for (const s of stems) byStem.set(s, stems);
  }
  return byStem;
}

/** The stems of a stem's word family (itself included), or just itself. */
export function wordForms(stem: string): readonly string[] {
  return table().get(stem) ?? [stem];
}
