import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from './fixtures';
import { writeGeneratedCorpus, type StoryOptions } from './generated-corpus';
import { startWebHost, type WebHost } from './web-host';

/**
 * A Playwright `test` whose `app` is the web host on a corpus of `documents` generated stories,
 * written and built once for the spec file (no third-party text involved). Electron is skipped:
 * the corpus is handed to the web host's core, which the electron project cannot do.
 */
export function generatedCorpusTest(documents: number, spec: string, stories: StoryOptions = {}) {
  let corpusDir = '';
  base.beforeAll(async () => {
    corpusDir = mkdtempSync(join(tmpdir(), `dossier-${spec}-`));
    await writeGeneratedCorpus(corpusDir, documents, stories);
  });
  base.afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

  return base.extend<{ app: WebHost; userDataDir: string; corpusDir: string }>({
    // The folder holding the sources (corpus/) and the build (corpus-build/), for a spec that rebuilds it.
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    corpusDir: async ({}, use) => use(corpusDir),
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    userDataDir: async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    app: async ({ browser, host, userDataDir }, use, testInfo) => {
      testInfo.skip(host === 'electron', `electron host skipped: the ${spec} spec builds its own corpus for the web host`);
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
      const app = await startWebHost(context, userDataDir, corpusDir);
      await use(app);
      await app.close();
      await context.close();
    },
  });
}
