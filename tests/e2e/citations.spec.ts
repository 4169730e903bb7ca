import { expect, test } from './support/fixtures';
import { AnnotationPopovers } from './pages/annotation-popovers';
import { MainScreen } from './pages/main-screen';
import { NotesSidebar } from './pages/notes-sidebar';

const TITLE = 'Are North Koreans fighting in Ukraine? Here’s what we know';
const QUOTE = 'South Korea has hinted that any deployment could cause it to reassess';

test('copy with citation: the quote with title, source, date and paragraph, as plain text and Markdown', async ({ dossier }) => {
  const { page } = dossier;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const screen = new MainScreen(page);
  await expect(screen.documentTitle).toHaveText(TITLE);
  const popovers = new AnnotationPopovers(page);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await popovers.selectText(QUOTE);
  await popovers.toolbar.getByRole('button', { name: 'Copy with citation' }).click();
  await expect(popovers.toolbar.getByRole('status')).toHaveText('Copied the quote with its citation to the clipboard.');
  expect(await clipboard()).toBe(`“${QUOTE}”\n— ${TITLE}. CNN, October 25, 2024, paragraph 4.`);

  await popovers.toolbar.getByRole('button', { name: 'Cite as Markdown' }).click();
  const markdown = await clipboard();
  const paragraphId = await screen.bodyParagraphs().nth(3).getAttribute('data-paragraph-id');
  expect(markdown).toBe(
    `> ${QUOTE}\n>\n> — [Are North Koreans fighting in Ukraine? Here’s what we know](<dossier://open?document=${encodeURIComponent(
      (await page.evaluate(() => window.dossier.listDocuments()))[0]!.id,
    )}&paragraph=${paragraphId}>), CNN, October 25, 2024, paragraph 4`,
  );

  // The same from a note in the sidebar.
  await page.keyboard.press('1');
  const notes = new NotesSidebar(page);
  await notes.open();
  await notes.item('South Korea has hinted').getByRole('button', { name: /^Cite “/u }).click();
  await expect(notes.status).toHaveText(/Copied the quote with its citation/u);
  expect(await clipboard()).toContain(`— ${TITLE}. CNN, October 25, 2024, paragraph 4.`);
  expect(dossier.problems).toEqual([]);
});

test('links in notes: a web link opens a new tab without an opener; a passage link and the #open= route open the passage', async ({ dossier }) => {
  const { page } = dossier;
  const screen = new MainScreen(page);
  await expect(screen.documentTitle).toHaveText(TITLE);
  const documentId = (await page.evaluate(() => window.dossier.listDocuments()))[0]!.id;
  const fifth = screen.bodyParagraphs().nth(4);
  const passage = `dossier://open?document=${encodeURIComponent(documentId)}&paragraph=${await fifth.getAttribute('data-paragraph-id')}`;
  // No network here: the page the link opens is answered locally.
  await page.context().route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Report</title>ok' }));

  const popovers = new AnnotationPopovers(page);
  await popovers.selectText(QUOTE);
  await popovers.toolbar.getByRole('button', { name: 'Note' }).click();
  await popovers.fill(popovers.newEditor, `See [the report](https://example.org/report), [the Kursk passage](${passage}) and [this](javascript:alert(1)).`, []);
  await popovers.newEditor.getByRole('button', { name: 'Save' }).click();
  const notes = new NotesSidebar(page);
  await notes.open();
  const item = notes.item('South Korea has hinted');
  const report = item.getByRole('link', { name: 'the report' });
  await expect(report).toHaveAttribute('href', 'https://example.org/report');
  await expect(report).toHaveAttribute('target', '_blank');
  await expect(report).toHaveAttribute('rel', /\bnoopener\b/u);
  await expect(item.getByRole('link', { name: 'this' })).toHaveCount(0);
  await expect(item.getByText('this', { exact: true })).toBeVisible();

  const [tab] = await Promise.all([page.context().waitForEvent('page'), report.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe('https://example.org/report');
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await tab.close();
  // The app itself stayed where it was.
  await expect(screen.documentTitle).toHaveText(TITLE);

  await screen.documentTitle.scrollIntoViewIfNeeded();
  await item.getByRole('link', { name: 'the Kursk passage' }).click();
  await expect(fifth).toHaveClass(/is-flashing/u);
  await expect(fifth).toBeInViewport();

  await screen.documentTitle.scrollIntoViewIfNeeded();
  await expect(fifth).not.toHaveClass(/is-flashing/u);
  await page.evaluate((link) => (window.location.hash = `open=${encodeURIComponent(link)}`), passage);
  await expect(fifth).toHaveClass(/is-flashing/u);
  await expect(fifth).toBeInViewport();
  expect(dossier.problems).toEqual([]);
});
