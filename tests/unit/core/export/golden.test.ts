import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../../src/shared/api/export';
import { GOLDEN_DIR } from './fixtures';
import { fixtureService } from './service-fixture';
import { goldenAction } from './golden-policy';

/**
 * Golden files: the whole export of the fixed fixture set (tricky Markdown, quotes, commas,
 * newlines, emoji, =HYPERLINK, <script>, a removed document) must stay byte-identical.
 * After an intended change, regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
const FORMATS: [ExportFormat, string][] = [
  ['markdown', 'all.md'],
  ['jsonld', 'all.jsonld'],
  ['csv', 'all.csv'],
  ['html', 'all.html'],
];

describe('golden policy', () => {
  it('CI never writes a golden: missing fails, UPDATE_GOLDEN is ignored', () => {
    expect(goldenAction({ CI: 'true' }, false)).toBe('fail-missing');
    expect(goldenAction({ CI: 'true', UPDATE_GOLDEN: '1' }, true)).toBe('compare');
    expect(goldenAction({}, false)).toBe('write');
    expect(goldenAction({ UPDATE_GOLDEN: '1' }, true)).toBe('write');
    expect(goldenAction({ CI: 'false' }, true)).toBe('compare');
  });
});

describe('export golden files', () => {
  for (const [format, name] of FORMATS) {
    it(`${format} matches golden/${name}`, async () => {
      const { service } = fixtureService();
      const file = await service.exportFile({ format, scope: { all: true } });
      const path = join(GOLDEN_DIR, name);
      const action = goldenAction(process.env, existsSync(path));
      if (action === 'fail-missing') throw new Error(`golden/${name} is missing; CI never writes goldens (run the tests locally and commit it)`);
      if (action === 'write') {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(path, file.data, 'utf8');
      }
      expect(file.data).toBe(readFileSync(path, 'utf8'));
      expect(file.encoding).toBe('text');
      expect(file.count).toBe(8);
      expect(file.fileName).toBe(`dossier-annotations-2024-11-01.${name.split('.')[1]}`);
    });
  }

  it('one document scope exports only its annotations, named after it', async () => {
    const { service } = fixtureService();
    const file = await service.exportFile({ format: 'markdown', scope: { documentId: 'second-doc' } });
    expect(file.count).toBe(1);
    expect(file.fileName).toBe('dossier-second-doc-2024-11-01.md');
    expect(file.data).toContain('Officials in Kyiv and Washington');
    expect(file.data).not.toContain('HYPERLINK');
  });
});
