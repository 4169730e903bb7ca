import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../../src/core/corpus/build-corpus';

/**
 * A corpus of made-up wire stories, written and built inside the test (no third-party text in
 * the repo). Names recur across documents in the forms real reporting uses ("Tony Blair" in
 * one story, only "Mr Blair" in another; "US Securities Exchange Commission (SEC)" in one,
 * only "SEC" in another), so the corpus view's cross-document merges have something to do.
 */
const PEOPLE = [
  ['Tony', 'Blair', 'Mr'],
  ['Angela', 'Merkel', 'Ms'],
  ['Jacques', 'Chirac', 'Mr'],
  ['Kofi', 'Annan', 'Mr'],
  ['Margaret', 'Hodge', 'Ms'],
  ['Alan', 'Greenspan', 'Mr'],
  ['Sebastian', 'Coe', 'Mr'],
  ['Helen', 'Clark', 'Ms'],
] as const;
const ORGS = [
  ['US Securities Exchange Commission', 'SEC'],
  ['International Monetary Fund', 'IMF'],
  ['World Health Organization', 'WHO'],
  ['European Central Bank', 'ECB'],
] as const;
const PLACES = ['London', 'Paris', 'Berlin', 'Geneva', 'Tokyo', 'Madrid', 'Washington', 'Nairobi'];
const SOURCES = ['Northern Wire', 'Harbour Post', 'Evening Ledger'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['trade', 'health', 'banking', 'energy', 'transport', 'housing'];

export interface GeneratedCorpus {
  resourcesDir: string;
  documentCount: number;
}

export interface StoryOptions {
  /**
   * Every full name written after its honorific ("Mr Kofi Annan met…"), which the extraction's
   * rules read as one person whatever the tagger's weights say. Bare, a full name opens its
   * sentence, where whether the tagger keeps the first name ("Kofi") changes with a retrain.
   */
  honorifics?: boolean;
}

/** Deterministic: document i always has the same text. */
export function storyText(i: number, options: StoryOptions = {}): { title: string; source: string; published: string; body: string } {
  const [first, last, title] = PEOPLE[i % PEOPLE.length]!;
  const [other, otherLast, otherTitle] = PEOPLE[(i * 3 + 1) % PEOPLE.length]!;
  const honour = (t: string) => (options.honorifics ? `${t} ` : '');
  // Different strides so who, where and when do not move in lockstep.
  const [org, acronym] = ORGS[(i + Math.floor(i / 8)) % ORGS.length]!;
  const place = PLACES[(i * 3 + Math.floor(i / 5)) % PLACES.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const year = 1998 + ((i * 7 + Math.floor(i / 3)) % 8);
  const monthIndex = (i * 5 + Math.floor(i / 7)) % 12;
  const month = MONTHS[monthIndex]!;
  const day = 1 + (i % 27);
  const jobs = (1 + (i % 5)) * 1000;
  // A third of the stories never write the person's full name or the organisation's full name.
  const full = i % 3 !== 2;
  const who = full ? `${honour(title)}${first} ${last}` : `${title} ${last}`;
  const body = [
    `${who} met officials from the ${full ? `${org} (${acronym})` : acronym} in ${place} on ${month} ${day}, ${year} to discuss ${topic}.`,
    `${title} ${last} said the talks had been useful. "We will keep working on ${topic} until it is fixed," ${title} ${last} said.`,
    `${honour(otherTitle)}${other} ${otherLast} was also in ${place} for the meeting.`,
    `The ${acronym} said ${jobs.toLocaleString('en')} jobs depended on the outcome, according to officials in ${place}.`,
    `Talks are due to resume in ${year + 1}, when a report on ${topic} in ${place} is expected.`,
  ].join('\n\n');
  return {
    title: `${last} and the ${acronym} discuss ${topic} in ${place} (${i + 1})`,
    source: SOURCES[i % SOURCES.length]!,
    published: `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    body,
  };
}

/** Writes `count` stories (plus two copies of the first) under dir/corpus and builds them into dir/corpus-build. */
export async function writeGeneratedCorpus(dir: string, count: number, options: StoryOptions = {}): Promise<GeneratedCorpus> {
  const sources = join(dir, 'corpus');
  mkdirSync(sources, { recursive: true });
  for (let i = 0; i < count; i++) {
    const story = storyText(i, options);
    const name = `story-${String(i + 1).padStart(4, '0')}.txt`;
    writeFileSync(join(sources, name), `${story.title}\n\n${story.body}\n`);
    writeFileSync(join(sources, `${name}.meta.json`), JSON.stringify({ title: story.title, source: story.source, published: story.published }));
  }
  // Story 1 filed twice more under other names: one group of three exact copies.
  for (const copy of [1, 2]) {
    const story = storyText(0, options);
    const name = `story-0001-copy-${copy}.txt`;
    writeFileSync(join(sources, name), `${story.title}\n\n${story.body}\n`);
    writeFileSync(join(sources, `${name}.meta.json`), JSON.stringify({ title: story.title, source: story.source, published: story.published }));
  }
  await buildCorpus({ inputs: [sources], outDir: join(dir, 'corpus-build'), cacheDir: null, workers: 0 });
  return { resourcesDir: dir, documentCount: count };
}

/**
 * Rewrites the sources with each `[from, to]` replaced (a person renamed: her entity vanishes)
 * and builds them again with no cache, so every document is enriched afresh.
 */
export async function rebuildGeneratedCorpus(dir: string, replace: readonly (readonly [string, string])[]): Promise<void> {
  const sources = join(dir, 'corpus');
  for (const name of readdirSync(sources)) {
    const path = join(sources, name);
    const text = readFileSync(path, 'utf8');
    const changed = replace.reduce((t, [from, to]) => t.split(from).join(to), text);
    if (changed !== text) writeFileSync(path, changed);
  }
  await buildCorpus({ inputs: [sources], outDir: join(dir, 'corpus-build'), cacheDir: null, workers: 0 });
}
