import { expect } from './support/fixtures';
import { generatedCorpusTest } from './support/generated-corpus-test';
import { rebuildGeneratedCorpus } from './support/generated-corpus';
import { BriefingPanel } from './pages/briefing-panel';
import { CorpusView } from './pages/corpus-view';
import { MainScreen } from './pages/main-screen';
import { searchCount } from './support/search-count';

/**
 * Its own corpus: this spec rebuilds it with a person renamed, which the other specs must not
 * see. Full names follow an honorific ("Mr Kofi Annan"), so they are read whole by the
 * extraction's rules whatever a retrained tagger makes of a bare "Kofi Annan" opening a sentence.
 */
const test = generatedCorpusTest(300, 'corrections-rebuild', { honorifics: true });

test('corrections survive a corpus rebuild with fresh enrichment; one whose entity vanished is listed apart; undo brings an entity back', async ({ app, corpusDir }) => {
  // A rebuild of 300 documents inside the test, and a restart: slow on a loaded machine.
  test.setTimeout(240_000);
  const page = app.page;
  const corpus = new CorpusView(page);
  const messages = corpus.region.getByRole('status', { name: 'Annotation messages' });
  await corpus.open();

  // Angela Merkel and Helen Clark rejected; Jacques Chirac merged into Kofi Annan.
  for (const name of ['Angela Merkel', 'Helen Clark']) {
    await corpus.filter.fill(name.split(' ')[1]!.toLowerCase());
    await corpus.entity(new RegExp(`^${name}\\b`)).click();
    await corpus.region.getByRole('button', { name: `Reject ${name}` }).click();
    await expect(corpus.entity(new RegExp(`^${name}\\b`))).toHaveCount(0);
  }
  const annan = 'Kofi Annan';
  const annanRow = /^Kofi Annan\b/;
  await corpus.filter.fill('annan');
  const annanDocs = Number((await corpus.entity(annanRow).textContent())?.match(/(\d+) docs/)?.[1]);
  const chiracAlone = await searchCount(page, 'person:"jacques chirac"');
  await corpus.open();
  await corpus.filter.fill('chirac');
  await corpus.entity(/^Jacques Chirac\b/).click();
  const merge = corpus.region.getByRole('form', { name: 'Merge Jacques Chirac into another entity' });
  await merge.getByRole('combobox', { name: 'Merge into' }).fill(annan);
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(messages).toContainText(`Merged “Jacques Chirac” into “${annan}”`);
  await expect(corpus.entity(/^Jacques Chirac\b/)).toHaveCount(0);
  await expect(corpus.region.getByRole('heading', { name: annan, level: 2 })).toBeVisible();
  // The stories write "Mr Jacques Chirac": the merged name may be listed as written.
  await expect(corpus.region.getByRole('button', { name: /^Split off (Mr )?Jacques Chirac from Kofi Annan$/ })).toBeVisible();
  const merged = Number((await corpus.entity(annanRow).textContent())?.match(/(\d+) docs/)?.[1]);
  expect(merged).toBeGreaterThan(annanDocs);
  // Search follows the merge: either man's name finds every story of the one entity, the
  // stories that only say "Mr Chirac" included (a third of his).
  expect(await searchCount(page, 'person:"kofi annan"')).toBe(merged);
  expect(await searchCount(page, 'person:"jacques chirac"')).toBe(merged);
  expect(merged).toBeGreaterThan(chiracAlone);
  await corpus.open();

  // Rebuilt from the sources with Helen Clark renamed, no cache: every document enriched again.
  await app.restart(() => rebuildGeneratedCorpus(corpusDir, [['Clark', 'Carter']]));
  await expect(new MainScreen(page).documentTitle).toBeVisible();
  await corpus.open();
  await corpus.filter.fill('merkel');
  await expect(corpus.entities.getByRole('option')).toHaveCount(0);
  await corpus.filter.fill('chirac');
  await expect(corpus.entity(/^Jacques Chirac\b/)).toHaveCount(0);
  await expect(corpus.entity(annanRow)).toContainText(`${merged} docs`);
  await corpus.filter.fill('carter');
  await expect(corpus.entity(/^Helen Carter\b/)).toBeVisible();

  // The list: two corrections apply; Helen Clark's is kept under "Could not be applied".
  await corpus.tab('Corrections').click();
  const applied = corpus.region.getByRole('region', { name: /^Your corrections/ });
  const stranded = corpus.region.getByRole('region', { name: /^Could not be applied/ });
  await expect(applied.getByRole('row').filter({ has: page.getByRole('rowheader') })).toHaveCount(2);
  await expect(applied.getByRole('row').filter({ hasText: 'Jacques Chirac' })).toContainText(`Merged into ${annan}`);
  await expect(stranded.getByRole('row').filter({ hasText: 'Helen Clark' })).toContainText('Rejected: not an entity');

  // Taking Angela Merkel's back brings her back; Undo of a fresh reject brings Helen Carter back.
  await applied.getByRole('button', { name: 'Take back the correction of Angela Merkel' }).click();
  await corpus.tab('Entities').click();
  await corpus.filter.fill('merkel');
  await expect(corpus.entity(/^Angela Merkel\b/)).toBeVisible();
  await corpus.filter.fill('carter');
  await corpus.entity(/^Helen Carter\b/).click();
  await corpus.region.getByRole('button', { name: 'Reject Helen Carter' }).click();
  await expect(corpus.entity(/^Helen Carter\b/)).toHaveCount(0);
  await messages.getByRole('button', { name: 'Undo' }).click();
  await expect(corpus.entity(/^Helen Carter\b/)).toBeVisible();

  // Story 4 names both men: its briefing lists one person for the two, with both men's mentions.
  await corpus.filter.fill('annan');
  await corpus.entity(annanRow).click();
  await corpus.documents.getByRole('button').filter({ hasText: 'discuss energy in Paris (4)' }).click();
  const briefing = new BriefingPanel(page);
  await expect(briefing.tab('People')).toHaveAttribute('aria-selected', 'true');
  await expect(briefing.entity(annanRow)).toHaveCount(1);
  await expect(briefing.entity(/^Jacques Chirac\b/)).toHaveCount(0);
});
