import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotationService } from '../../src/core/annotations/annotation-service';
import { openAnnotationStore } from '../../src/core/annotations/sqlite/sqlite-store';
import * as commonmark from 'commonmark';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { renderNoteHtml } from '../../src/core/export/html';
import { decodeLinkTarget, isSafeLinkTarget } from '../../src/core/export/link-target';
import { confineNote } from '../../src/core/export/markdown';
import { processDocument } from '../../src/core/corpus/process-document';
import { failureMessage } from '../../src/core/corpus/failure-message';
import { createAnnotationHandlers } from '../../src/core/ipc/annotation-handlers';
import { createCorpusHandlers } from '../../src/core/ipc/corpus-handlers';
import { dispatch } from '../../src/core/ipc/dispatch';
import { createExportHandlers } from '../../src/core/ipc/export-handlers';
import { annotationSchema } from '../../src/shared/api/annotations';
import type { HandlerTable } from '../../src/shared/api';
import { isDossierError } from '../../src/shared/result';
import { makeCorpus, makeDocument, newAnnotationFor } from '../unit/core/annotations/fixtures/seed';
import { hostileCorpusFile } from './corpus-files';
import { hostileImportFile } from './import-files';
import { hostileMarkdownNote } from './markdown-notes';
import { hostileArgs } from './ipc-payloads';
import { createRandom } from './random';

/**
 * The hostile-input checks shared by the bounded property tests (npm test) and the soak
 * (`npm run soak`): each returns what it found wrong; an empty `problems` list is a pass.
 */
export interface CheckReport {
  count: number;
  problems: string[];
  detail?: string;
}

const DOC = makeDocument('seed', [
  'North Korean troops were seen in Kursk, officials said.',
  'Russia and North Korea have dismissed the reports.',
  'مرحبا 🇰🇵 e\u0301 — “quoted” text.',
]);

function tempDir(prefix: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Random payloads on every annotation, corpus and export channel: never an internal error, never pollution, the store stays valid. */
export async function checkIpcPayloads(count: number, seed: number): Promise<CheckReport> {
  const random = createRandom(seed);
  const t = tempDir('dossier-hostile-ipc-');
  const corpus = makeCorpus([DOC]);
  const store = openAnnotationStore({ path: join(t.dir, 'annotations.sqlite') });
  const table = {
    ...createCorpusHandlers(corpus),
    ...createAnnotationHandlers(createAnnotationService(store, corpus)),
    ...createExportHandlers(corpus, store, { name: 'web' }),
  } as unknown as HandlerTable;
  const channels = Object.keys(table);
  const problems: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const channel = random.pick(channels);
      const args = hostileArgs(random, channel, DOC.id);
      const result = await dispatch(table, channel, args, () => {});
      if (!result.ok && result.error.code === 'internal') problems.push(`seed ${seed} #${i} ${channel}: internal error for ${safeJson(args)}`);
      if (({} as Record<string, unknown>).polluted !== undefined) problems.push(`seed ${seed} #${i} ${channel}: Object.prototype polluted`);
    }
    for (const a of store.list()) {
      if (!annotationSchema.safeParse(a).success) problems.push(`seed ${seed}: an invalid annotation was stored: ${safeJson(a)}`);
    }
  } finally {
    store.close();
    t.cleanup();
  }
  return { count, problems };
}

/** Hostile import files: refused with invalid-argument/too-large or imported; never internal, nothing stored that does not read back. */
export async function checkImportFiles(count: number, seed: number): Promise<CheckReport> {
  const random = createRandom(seed);
  const t = tempDir('dossier-hostile-import-');
  const corpus = makeCorpus([DOC]);
  const store = openAnnotationStore({ path: join(t.dir, 'annotations.sqlite') });
  const handlers = createExportHandlers(corpus, store, { name: 'web' });
  const problems: string[] = [];
  let imported = 0;
  try {
    const kept = store.create(newAnnotationFor(DOC, 'North Korean troops', { note: 'mine' }));
    for (let i = 0; i < count; i++) {
      const text = hostileImportFile(random, [DOC.id]);
      try {
        const report = await handlers.importAnnotations(text);
        imported += report.added;
      } catch (error) {
        if (!isDossierError(error) || !['invalid-argument', 'too-large'].includes(error.code)) {
          problems.push(`seed ${seed} #${i}: ${error instanceof Error ? error.message : String(error)} for ${text.slice(0, 200)}`);
        }
      }
    }
    if (JSON.stringify(store.get(kept.id)) !== JSON.stringify(kept)) problems.push(`seed ${seed}: the user's own annotation changed`);
    const reopened = openAnnotationStore({ path: join(t.dir, 'annotations.sqlite') });
    if (JSON.stringify(reopened.list()) !== JSON.stringify(store.list())) problems.push(`seed ${seed}: what was imported does not read back the same`);
    reopened.close();
  } finally {
    store.close();
    t.cleanup();
  }
  return { count, problems, detail: `${imported} annotations imported` };
}

/** Hostile corpus files through the real pipeline: paragraphs or a sentence, and no file slower than `maxMs`. */
export function checkCorpusFiles(count: number, seed: number, maxUnits: number, maxMs: number): CheckReport {
  const random = createRandom(seed);
  const problems: string[] = [];
  let slowest = 0;
  for (let i = 0; i < count; i++) {
    const { format, content } = hostileCorpusFile(random, maxUnits);
    const started = performance.now();
    try {
      processDocument({ id: `h${i}`, format, content, meta: {}, file: `h${i}` });
    } catch (error) {
      const message = failureMessage(error);
      if (/internal error/u.test(message)) problems.push(`seed ${seed} #${i} (${format}, ${content.length} chars): ${message}`);
    }
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    if (ms > maxMs) problems.push(`seed ${seed} #${i} (${format}, ${content.length} chars) took ${ms.toFixed(0)} ms`);
  }
  return { count, problems, detail: `slowest ${slowest.toFixed(0)} ms` };
}

/**
 * Random damage to a database with a hot WAL (bytes flipped or zeroed, files truncated,
 * header fields set, files removed): opening never throws, and a database that shows fewer
 * annotations than were saved says so, with the original bytes kept somewhere.
 */
export function checkDamage(count: number, seed: number): CheckReport {
  const random = createRandom(seed);
  const problems: string[] = [];
  const t = tempDir('dossier-hostile-damage-');
  try {
    // A template: 20 annotations checkpointed and backed up, 10 more only in a hot WAL.
    const template = join(t.dir, 'template', 'annotations.sqlite');
    const first = openAnnotationStore({ path: template });
    for (let i = 0; i < 20; i++) first.create(newAnnotationFor(DOC, 'North Korean troops', { note: `n${i}` }));
    first.close();
    const second = openAnnotationStore({ path: template });
    for (let i = 20; i < 30; i++) second.create(newAnnotationFor(DOC, 'Russia', { note: `n${i}` }));
    const files = ['', '-wal'].map((s) => readFileSync(template + s));
    second.close();
    for (let i = 0; i < count; i++) {
      const dir = join(t.dir, `case-${i}`);
      const path = join(dir, 'annotations.sqlite');
      const backups = join(dir, 'annotations-backups');
      mkdirp(backups);
      for (const f of readdirSync(join(t.dir, 'template', 'annotations-backups'))) copyFileSync(join(t.dir, 'template', 'annotations-backups', f), join(backups, f));
      writeFileSync(path, files[0] as Buffer);
      writeFileSync(`${path}-wal`, files[1] as Buffer);
      writeFileSync(join(backups, 'known-count.json'), JSON.stringify({ annotations: 30 }));
      const what = damage(random, path);
      try {
        const store = openAnnotationStore({ path });
        const status = store.status();
        const n = store.list().length;
        const told = Boolean(status.recovered || status.warning || status.backupOffer || status.readOnly);
        if (n < 30 && !told) problems.push(`seed ${seed} #${i} (${what}): ${n} of 30 annotations and nothing said`);
        store.create(newAnnotationFor(DOC, 'Russia', { note: 'after damage' }));
        store.close();
      } catch (error) {
        problems.push(`seed ${seed} #${i} (${what}): opening threw ${error instanceof Error ? error.message : String(error)}`);
      }
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    t.cleanup();
  }
  return { count, problems };
}

function damage(random: ReturnType<typeof createRandom>, path: string): string {
  const file = random.chance(0.5) ? path : `${path}-wal`;
  const size = existsSync(file) ? statSync(file).size : 0;
  switch (random.int(6)) {
    case 0: {
      const bytes = readFileSync(file);
      const at = random.int(bytes.length);
      for (let i = at; i < Math.min(bytes.length, at + 1 + random.int(64)); i++) bytes[i] = (bytes[i] as number) ^ (1 + random.int(255));
      writeFileSync(file, bytes);
      return `flipped bytes at ${at} of ${file.endsWith('-wal') ? 'the WAL' : 'the file'}`;
    }
    case 1: {
      const to = random.int(size);
      truncateSync(file, to);
      return `${file.endsWith('-wal') ? 'WAL' : 'file'} truncated to ${to}`;
    }
    case 2: {
      const bytes = readFileSync(path);
      const at = random.pick([18, 19, 20, 21, 28, 44, 47, 52, 56, 60, 64, 68, 96]);
      bytes[at] = random.int(256);
      writeFileSync(path, bytes);
      return `header byte ${at} set to ${bytes[at]}`;
    }
    case 3:
      rmSync(file);
      return `${file.endsWith('-wal') ? 'WAL' : 'file'} removed`;
    case 4:
      writeFileSync(file, Buffer.alloc(size));
      return `${file.endsWith('-wal') ? 'WAL' : 'file'} zeroed`;
    default:
      truncateSync(path, 0);
      return 'file truncated to 0';
  }
}

function mkdirp(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Every href/src in rendered HTML, decoded as a browser reads the attribute. */
export function renderedLinkTargets(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/giu)].map((m) => decodeLinkTarget(m[1] ?? ''));
}

/**
 * Default Markdown renderers an exported file may meet, each with raw HTML allowed and no
 * URL filter of its own: marked (GFM), the CommonMark reference (commonmark.js) and
 * markdown-it with bare-URL linking (as Obsidian-like editors use).
 */
export function defaultMarkdownRenderers(): ((markdown: string) => string)[] {
  const marked = new Marked();
  const reader = new commonmark.Parser();
  const writer = new commonmark.HtmlRenderer({ safe: false });
  const markdownIt = new MarkdownIt({ html: true, linkify: true });
  markdownIt.validateLink = () => true;
  return [(md) => marked.parse(md) as string, (md) => writer.render(reader.parse(md)), (md) => markdownIt.render(md)];
}

/** Random link-ish notes, exported to Markdown (then rendered by default renderers) and to HTML: no unsafe link. */
export function checkExportLinks(count: number, seed: number): CheckReport {
  const random = createRandom(seed);
  const renderers = defaultMarkdownRenderers();
  const problems: string[] = [];
  for (let i = 0; i < count; i++) {
    const note = hostileMarkdownNote(random);
    const md = confineNote(note);
    const rendered = [...renderers.flatMap((render) => renderedLinkTargets(render(md))), ...renderedLinkTargets(renderNoteHtml(note))];
    const bad = rendered.find((target) => !isSafeLinkTarget(target));
    if (bad !== undefined) problems.push(`seed ${seed} #${i}: ${JSON.stringify(note)} → ${JSON.stringify(bad)}`);
  }
  return { count, problems };
}
