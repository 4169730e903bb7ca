import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHost, type CoreHost } from '../../../../src/core/host/core-host';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import type { AppLog } from '../../../../src/core/log/app-log';
import type { PlatformServices } from '../../../../src/core/platform';
import type { SearchStatus } from '../../../../src/shared/api/search';
import { newAnnotationFor } from '../annotations/fixtures/seed';

/**
 * The core worker (issue 14): the corpus, the notes database and search answer from a worker
 * thread, through the same handler table, with codes, events and platform calls intact.
 * These run the real worker (core-worker.ts under tsx), on a tiny corpus.
 */

let dir: string;
let hosts: CoreHost[] = [];
const lines: string[] = [];
const log: AppLog = {
  path: '/tmp/dossier-test.log',
  info: (m) => lines.push(`info ${m}`),
  warn: (m) => lines.push(`warn ${m}`),
  error: (m, e) => lines.push(`error ${m} ${e instanceof Error ? e.message : ''}`),
  flush: async () => {},
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-core-host-'));
  mkdirSync(join(dir, 'resources', 'corpus'), { recursive: true });
  writeFileSync(join(dir, 'resources', 'corpus', 'tiny.txt'), 'A tiny document about Pyongyang.\n\nWith two paragraphs.\n');
  lines.length = 0;
});

afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  hosts = [];
  rmSync(dir, { recursive: true, force: true });
});

function start(platform: PlatformServices = { name: 'web' }, entry?: { path: URL }): CoreHost {
  const host = startCoreHost({ resourcesDir: join(dir, 'resources'), userDataDir: join(dir, 'user'), platform, log, ...(entry ? { entry } : {}) });
  hosts.push(host);
  return host;
}

// Each test starts a worker that compiles the core under tsx: seconds, more on a loaded machine.
describe('the core worker host', { timeout: 60_000 }, () => {
  it('answers the handler table from the worker, and notes written there survive a restart', async () => {
    const first = start();
    await first.ready();
    const [doc] = await first.table.listDocuments();
    expect(doc?.title).toMatch(/tiny document/iu);
    const full = await first.table.getDocument(doc!.id);
    const created = await first.table.createAnnotation(newAnnotationFor(full, 'Pyongyang', { note: 'kept across threads', tags: ['dprk'] }));
    await first.close();

    const second = start();
    const listed = await second.table.listAnnotations({});
    expect(listed.map((a) => [a.id, a.note, a.tags])).toEqual([[created.id, 'kept across threads', ['dprk']]]);
  });

  it('keeps the error code and message of a refused call', async () => {
    const host = start();
    const reply = await dispatch(host.table, 'getAnnotation', ['00000000-0000-4000-8000-000000000000'], () => {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('forwards events from the worker to the host', async () => {
    const host = start();
    const status = await new Promise<SearchStatus>((resolve) => {
      host.events.subscribe((name, payload) => {
        if (name === 'searchStatus') resolve(payload as SearchStatus);
      });
    });
    expect(status.state).toBe('ready');
    expect(status.documentCount).toBe(1);
  });

  it('runs platform methods on the host, for the worker, with their errors', async () => {
    const opened: string[] = [];
    const host = start({
      name: 'electron',
      openExternal: async (url) => {
        if (url.includes('refuse')) throw new Error('the user said no');
        opened.push(url);
        return true;
      },
    });
    expect(await host.table.getLinkCapabilities()).toEqual({ opens: 'system-browser' });
    expect(await host.table.openExternalLink('https://example.org/a')).toEqual({ opened: true });
    expect(opened).toEqual(['https://example.org/a']);
    const refused = await dispatch(host.table, 'openExternalLink', ['https://example.org/refuse'], () => {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(lines.some((l) => l.includes('handler openExternalLink failed') && l.includes('the user said no'))).toBe(true);
  });

  it('fails the calls in flight when the worker dies, and starts a new one for the next call', async () => {
    // A stand-in worker that speaks the protocol and dies on its first call.
    const fake = join(dir, 'dying-worker.mjs');
    writeFileSync(
      fake,
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', (m) => {
         if (m.type === 'start') parentPort.postMessage({ type: 'started' });
         if (m.type === 'call' && m.channel === 'listTags') process.exit(3);
         if (m.type === 'call' && m.channel === 'getCorpusInfo') parentPort.postMessage({ type: 'reply', id: m.id, envelope: { ok: true, value: 'alive' } });
         if (m.type === 'close') process.exit(0);
       });`,
    );
    const host = start({ name: 'web' }, { path: pathToFileURL(fake) });
    const dead = await dispatch(host.table, 'listTags', [], () => {});
    expect(dead).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/nothing you saved is lost/u) } });
    expect(await host.table.getCorpusInfo()).toBe('alive');
    expect(lines.some((l) => l.startsWith('error the core worker stopped: exit code 3'))).toBe(true);
    expect(lines.some((l) => l.startsWith('warn restarting the core worker'))).toBe(true);
  });
});
