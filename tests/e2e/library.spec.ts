import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { MainScreen } from './pages/main-screen';

test('library: filter box narrows the list, sort control offers date and title orders', async ({ dossier }) => {
  const { page } = dossier;
  const screen = new MainScreen(page);
  await expect(screen.documentTitle).toBeVisible();
  const filter = screen.library.getByRole('searchbox', { name: 'Filter documents' });
  const items = screen.library.getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole('button')).toContainText('CNN');

  await filter.fill('north koreans ukraine');
  await expect(items).toHaveCount(1);
  await filter.fill('no such document anywhere');
  await expect(items).toHaveCount(0);
  await expect(screen.library.getByRole('status')).toHaveText('No documents match the filter.');
  await filter.fill('cnn');
  await expect(items).toHaveCount(1);

  const sort = screen.library.getByRole('combobox', { name: 'Sort' });
  await expect(sort.getByRole('option')).toHaveText(['Newest first', 'Oldest first', 'Title A–Z']);
  await sort.selectOption({ label: 'Title A–Z' });
  await expect(items).toHaveCount(1);

  // Keyboard: the mod+shift+L shortcut focuses the filter.
  await screen.article.click();
  await page.keyboard.press('Control+Shift+L');
  await expect(filter).toBeFocused();
});

test('library: a document with notes says how many', async ({ dossier }) => {
  const { page } = dossier;
  const screen = new MainScreen(page);
  await expect(screen.documentTitle).toBeVisible();
  const item = screen.library.getByRole('listitem').first().getByRole('button');
  await expect(item).not.toContainText('note');
  const popovers = new AnnotationPopovers(page);
  await popovers.selectText('South Korea has hinted');
  await page.keyboard.press('2');
  await expect(item).toContainText('1 note');
  await expect(item).toHaveAttribute('aria-current', 'page');
});
