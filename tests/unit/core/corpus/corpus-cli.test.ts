import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SEED, tempDir } from './helpers';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/corpus-cli.ts'), ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run corpus', () => {
  it('inspect --json prints exactly one JSON object with the contract fields', () => {
    const r = cli('inspect', SEED, '--json', '--published', '2024-10-24');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'published', 'byline', 'source', 'paragraphs', 'entities', 'quotes', 'figures', 'events']));
    expect(doc.title).toBe('Are North Koreans fighting in Ukraine? Here’s what we know');
    expect(doc.published).toBe('2024-10-24'); // the flag wins over the sidecar
    expect(doc.source).toBe('CNN'); // sidecar read
    expect(doc.paragraphs).toHaveLength(53);
    expect(doc.paragraphs[0]).toEqual({ id: expect.stringMatching(/^p-[0-9a-f]{12}$/u), text: expect.stringMatching(/^There is growing intelligence/u) });
  });

  it('build: bad files get one error line each, exit code 1, the rest is built', () => {
    const src = tempDir('dossier-cli-src-');
    copyFileSync(SEED, join(src, 'cnn.txt'));
    writeFileSync(join(src, 'broken.jsonl'), '{"id":"ok","body":"Fine text here."}\n{oops\n');
    writeFileSync(join(src, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    const out = join(tempDir(), 'build');
    const r = cli('build', '--in', src, '--out', out, '--no-cache');
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toEqual([
      `error: ${join(src, 'binary.txt')}: Binary file (contains NUL bytes), not text.`,
      expect.stringMatching(new RegExp(`^error: ${join(src, 'broken.jsonl')}:2: Not JSON`, 'u')),
    ]);
    expect(r.stdout).toMatch(/^Built 2 documents into .* docs\/s; .*2 failures; documents\.jsonl [\d.]+ KB, search index/mu);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.documentCount).toBe(2);
  });

  it('usage errors exit 2', () => {
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('build', '--in', '/nonexistent/dir').code).toBe(2);
  });
});

describe('scripts/ensure-corpus.mjs', () => {
  it('prints one line and leaves a current build alone', () => {
    // Make sure a current build exists first (it may rebuild once if sources or code changed).
    spawnSync(process.execPath, [join(REPO, 'scripts/ensure-corpus.mjs')], { cwd: REPO, encoding: 'utf8' });
    expect(existsSync(join(REPO, 'resources/corpus-build/manifest.json'))).toBe(true);
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/ensure-corpus.mjs')], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^corpus: up to date \(1 documents/u);
  });
});
