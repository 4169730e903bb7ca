import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { MainScreen } from './pages/main-screen';
import { NotesSidebar } from './pages/notes-sidebar';

const PHRASES = [
  'There is growing intelligence',
  'South Korea say that North Korean troops',
  'Russia and North Korea have dismissed the reports',
  'South Korea has hinted that any deployment',
];

async function highlightFour(page: Page): Promise<NotesSidebar> {
  await expect(new MainScreen(page).documentTitle).toBeVisible();
  const popovers = new AnnotationPopovers(page);
  for (const [i, phrase] of PHRASES.entries()) {
    await popovers.selectText(phrase);
    await expect(popovers.toolbar).toBeVisible();
    await page.keyboard.press(String((i % 3) + 1));
    await expect(popovers.toolbar).toBeHidden();
  }
  const notes = new NotesSidebar(page);
  await notes.open();
  await expect(notes.placed.getByRole('listitem').filter({ has: page.getByRole('checkbox') })).toHaveCount(4);
  return notes;
}

test('undo you can see: the toast and the Undo/Redo buttons reverse a delete; the count follows the filter', async ({ dossier }) => {
  const { page } = dossier;
  const notes = await highlightFour(page);
  await expect(notes.heading).toHaveText('Notes 4');
  await notes.root.getByRole('combobox', { name: 'Filter by colour' }).selectOption('green');
  await expect(notes.heading).toHaveText('Notes 1 of 4');
  await notes.root.getByRole('combobox', { name: 'Filter by colour' }).selectOption('');
  await expect(notes.heading).toHaveText('Notes 4');
  await expect(notes.undo).toBeEnabled();
  await expect(notes.redo).toBeDisabled();

  await notes.delete('South Korea has hinted');
  await expect(notes.item('South Korea has hinted')).toHaveCount(0);
  await expect(notes.status).toHaveText(/Deleted an annotation\./u);
  await notes.status.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.item('South Korea has hinted')).toHaveCount(1);
  // The message now says what is true: the old "Deleted" text is gone, not left beside it.
  await expect(notes.status).toHaveText(/^Undid: Delete annotation\./u);
  await expect(notes.status).not.toContainText('Deleted');

  await notes.redo.click();
  await expect(notes.item('South Korea has hinted')).toHaveCount(0);
  await expect(notes.status).toHaveText(/^Redid: Delete annotation\./u);
  await expect(notes.undo).toHaveAttribute('title', /^Undo: Delete annotation/u);
  await notes.undo.click();
  await expect(notes.item('South Korea has hinted')).toHaveCount(1);

  // Opening the export dialog clears a message about something else.
  await notes.exportButton.click();
  await expect(notes.status).toHaveText('');
  await notes.exportDialog().close();
  expect(dossier.problems).toEqual([]);
});

test('batch delete offers one Undo for the whole batch; an import can be undone', async ({ dossier }) => {
  const { page } = dossier;
  const notes = await highlightFour(page);
  const exported = await page.evaluate(() => window.dossier.exportAnnotations({ format: 'jsonld', scope: { all: true } }));

  await notes.root.getByRole('checkbox', { name: 'Select all shown' }).check();
  await notes.deleteSelected.click();
  await expect(notes.heading).toHaveText('Notes 0');
  await expect(notes.status).toHaveText(/Deleted 4 annotations\./u);
  await notes.status.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.heading).toHaveText('Notes 4');
  await expect(notes.status).toHaveText(/^Undid: Delete 4 annotations\./u);
  for (const phrase of PHRASES) await expect(notes.item(phrase)).toHaveCount(1);

  // Import into an empty store, then undo the import: nothing it added is left.
  await notes.root.getByRole('checkbox', { name: 'Select all shown' }).check();
  await notes.deleteSelected.click();
  await expect(notes.heading).toHaveText('Notes 0');
  await notes.importInput.setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(exported.data) });
  await expect(notes.status).toHaveText(/Imported notes\.jsonld: 4 added, 0 updated/u);
  await expect(notes.heading).toHaveText('Notes 4');
  await notes.status.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.heading).toHaveText('Notes 0');
  await expect(notes.status).toHaveText(/^Undid: Import notes\.jsonld\./u);
  await notes.redo.click();
  await expect(notes.heading).toHaveText('Notes 4');
  expect(dossier.problems).toEqual([]);
});
