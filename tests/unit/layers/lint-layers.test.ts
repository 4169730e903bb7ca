import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** Lints a snippet as if it were the file at `path`, with the project's real config. */
async function ruleIds(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint rules that hold the layers', () => {
  it('src/main: synchronous fs calls and DatabaseSync fail lint; the async API passes', async () => {
    expect((await ruleIds('src/main/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync('a');\n")).join()).toMatch(/no-restricted-syntax/u);
    expect((await ruleIds('src/main/probe.ts', "import * as fs from 'node:fs';\nexport const x = fs.statSync('a');\n")).join()).toMatch(/no-restricted-syntax/u);
    expect((await ruleIds('src/main/probe.ts', "import { DatabaseSync } from 'node:sqlite';\nexport const db = new DatabaseSync(':memory:');\n")).join()).toMatch(/no-restricted-imports/u);
    expect(await ruleIds('src/main/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile('a');\n")).toEqual([]);
  });

  it('src/preload: Node globals and built-ins fail lint', async () => {
    expect((await ruleIds('src/preload/probe.ts', 'export const b = Buffer.from("x");\n')).join()).toMatch(/no-restricted-globals/u);
    expect((await ruleIds('src/preload/probe.ts', "import { readFile } from 'node:fs';\nexport { readFile };\n")).join()).toMatch(/no-restricted-imports/u);
  });
});
