import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'dossier-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Compiles snippets with a layer's real compiler options (read from its tsconfig, so a change
 * to the config is what is tested), all in one program, and returns each snippet's messages.
 */
function compileAs(project: string, snippets: Record<string, string>): Record<string, string> {
  const configPath = join(ROOT, project);
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configPath);
  const files = Object.entries(snippets).map(([name, source]) => {
    const file = join(scratch, `${project}-${name}.ts`);
    writeFileSync(file, source);
    return [name, file] as const;
  });
  const program = ts.createProgram(files.map(([, f]) => f), { ...parsed.options, noEmit: true });
  const out: Record<string, string> = {};
  for (const [name, file] of files) {
    const source = program.getSourceFile(file)!;
    out[name] = [...program.getSemanticDiagnostics(source), ...program.getSyntacticDiagnostics(source)]
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))
      .join('; ');
  }
  return out;
}

describe('per-layer TypeScript projects reject what does not belong in the layer', () => {
  it('renderer: DOM compiles, Node globals do not', () => {
    const r = compileAs('tsconfig.renderer.json', {
      ok: 'export const el = document.createElement("p");',
      buffer: 'export const b = Buffer.from("x");',
      process: 'export const p = process.env;',
    });
    expect(r.ok).toBe('');
    expect(r.buffer).toMatch(/Cannot find name 'Buffer'/u);
    expect(r.process).toMatch(/Cannot find name 'process'/u);
  });

  it('core and main: Node compiles, the DOM does not', () => {
    const r = compileAs('tsconfig.node.json', {
      ok: 'export const b = Buffer.from("x");',
      document: 'export const t = document.title;',
      window: 'export const w = window.location;',
    });
    expect(r.ok).toBe('');
    expect(r.document).toMatch(/Cannot find name 'document'/u);
    expect(r.window).toMatch(/Cannot find name 'window'/u);
  });

  it('shared: neither the DOM nor Node', () => {
    const r = compileAs('tsconfig.shared.json', {
      ok: 'export const n: number[] = [1, 2].map((x) => x * 2);',
      document: 'export const t = document.title;',
      buffer: 'export const b = Buffer.alloc(1);',
    });
    expect(r.ok).toBe('');
    expect(r.document).toMatch(/Cannot find name 'document'/u);
    expect(r.buffer).toMatch(/Cannot find name 'Buffer'/u);
  });

  it('npm run typecheck runs every layer project', async () => {
    const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(ROOT, 'package.json'), 'utf8'))) as { scripts: Record<string, string> };
    for (const project of ['shared', 'node', 'preload', 'renderer']) expect(pkg.scripts.typecheck).toContain(`tsconfig.${project}.json`);
  });
});
