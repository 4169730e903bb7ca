import { describe, expect, it } from 'vitest';
import { AddQueue, EVENT_PROBLEMS, type QueuedFile } from '../../../../src/core/library/add-queue';
import type { LibraryEntry } from '../../../../src/core/library/library-files';
import type { UserLibrary } from '../../../../src/core/library/user-library';
import type { AddStatus } from '../../../../src/shared/api/add-documents';
import { CORPUS_SCHEMA_VERSION, type ProcessedDocument } from '../../../../src/shared/corpus';

/** The library's lookups in memory: this test is about the queue, not the disk (user-library.test.ts). */
function memoryLibrary(): UserLibrary {
  const entries = new Map<string, LibraryEntry>();
  const docs = new Map<string, ProcessedDocument>();
  const active = () => [...entries.values()].filter((e) => e.removedAt === null);
  const fake = {
    findByContent: (sha: string) => active().find((e) => e.contentSha256 === sha),
    findByText: (sha: string) => active().find((e) => e.textSha256 === sha),
    findPreviousVersion: (key: string) => active().find((e) => (e.originalPath ?? e.fileName) === key),
    newId: (sha: string) => `user-${sha.slice(0, 12)}`,
    put: (entry: LibraryEntry, doc: ProcessedDocument) => {
      entries.set(entry.id, entry);
      docs.set(doc.id, doc);
    },
    setRemoved: () => {
      throw new Error('not used');
    },
    get: (id: string) => docs.get(id)!,
    active,
  };
  return fake as unknown as UserLibrary;
}

const text = (i: number) => `Report ${i}\n\nThe depot number ${i} opened on Friday.`;

/** A folder's worth of files: mostly reports, some empty, some not documents, some copies. */
function folder(n: number): QueuedFile[] {
  return Array.from({ length: n }, (_, i) => {
    const name = i % 50 === 7 ? `picture-${i}.jpg` : `report-${i}.txt`;
    const body = i % 25 === 3 ? '' : i % 10 === 9 ? text(i - 1) : text(i);
    const bytes = Buffer.from(body);
    return { name, size: bytes.length, bytes: () => bytes, path: null, keepCopy: true };
  });
}

function queueWithEvents(): { queue: AddQueue; events: AddStatus[] } {
  const events: AddStatus[] = [];
  const queue = new AddQueue({
    library: memoryLibrary(),
    process: async (raw) => {
      await new Promise((r) => setImmediate(r)); // a worker answers in a later turn, as the real pool does
      const [title, ...rest] = raw.content.split('\n\n');
      const doc: ProcessedDocument = { schemaVersion: CORPUS_SCHEMA_VERSION, id: 'pending', title: title!, published: null, byline: null, source: null, url: null, paragraphs: rest.map((t, i) => ({ id: `p${i}`, text: t })), entities: [], quotes: [], figures: [], events: [] };
      return { ok: true, doc };
    },
    interrupt: () => {},
    indexed: () => {},
    unplacedNotes: () => [],
    changed: (s) => events.push(s),
  });
  return { queue, events };
}

describe('the add queue with a folder of 5,000 files', () => {
  it('accounts for every file and ends with one summary, while progress events stay small', async () => {
    const { queue, events } = queueWithEvents();
    const files = folder(5000);
    const first = queue.add(files);
    expect(first.running).toBe(true);
    await queue.whenIdle();

    const last = events.at(-1)!;
    expect(last.running).toBe(false);
    expect(last.done).toBe(5000);
    expect(last.results).toHaveLength(5000);
    const count = (o: string) => last.results.filter((r) => r.outcome === o).length;
    expect(count('added') + count('skipped') + count('failed')).toBe(5000);
    expect(count('failed')).toBe(200); // the empty files
    expect(last.summary).toMatch(/^\d+ added, \d+ skipped: .*, 200 failed: empty file$/u);
    expect(last.results.find((r) => r.name === 'report-3.txt')?.message).toBe('Empty file (0 bytes).');

    // The panel's progress: every event while running counts what is done and names the file,
    // but carries only the latest problems, never every result so far.
    const running = events.filter((e) => e.running);
    expect(running.length).toBeGreaterThan(0);
    for (const e of running) expect(e.results.length).toBeLessThanOrEqual(EVENT_PROBLEMS);
    expect(running.every((e) => e.results.every((r) => r.outcome !== 'added'))).toBe(true);
    // done only grows, and statuses are ordered by seq as the renderer expects.
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.done).toBeGreaterThanOrEqual(events[i - 1]!.done);
      expect(events[i]!.seq).toBeGreaterThan(events[i - 1]!.seq);
    }
    // The call still answers with every result.
    expect(queue.status().results).toHaveLength(5000);
  });

  it('cancelling mid-folder marks the rest cancelled and says so at once', async () => {
    const { queue, events } = queueWithEvents();
    queue.add(folder(2000));
    await new Promise((r) => setTimeout(r, 5));
    const cancelled = queue.cancel();
    expect(events.at(-1)!.seq).toBe(cancelled.seq); // sent now, not at the next interval
    await queue.whenIdle();
    const last = events.at(-1)!;
    expect(last.done).toBe(2000);
    expect(last.results.some((r) => r.outcome === 'cancelled')).toBe(true);
    expect(last.summary).toMatch(/cancelled/u);
  });
});

describe('a scanned PDF in the queue', () => {
  it('shows the page OCR is on while the file is processed, and marks the entry as read by OCR', async () => {
    const steps: (string | null | undefined)[] = [];
    const stored: LibraryEntry[] = [];
    const library = memoryLibrary();
    const put = library.put.bind(library);
    library.put = (entry, doc, original) => {
      stored.push(entry);
      put(entry, doc, original);
    };
    const ocr = { pages: 2, pageCount: 2, confidence: 91, language: 'eng' as const };
    const queue = new AddQueue({
      library,
      process: async (_raw, onOcrPage) => {
        for (const page of [1, 2]) {
          onOcrPage?.(page, 2);
          steps.push(queue.status().step);
          await new Promise((r) => setImmediate(r));
        }
        const doc: ProcessedDocument = { schemaVersion: CORPUS_SCHEMA_VERSION, id: 'pending', title: 'Scan', published: null, byline: null, source: null, url: null, paragraphs: [{ id: 'p0', text: 'Ferries resume.' }], entities: [], quotes: [], figures: [], events: [], ocr };
        return { ok: true, doc, note: 'Text read by OCR.' };
      },
      interrupt: () => {},
      indexed: () => {},
      unplacedNotes: () => [],
    });
    const bytes = Buffer.from('%PDF-1.4 scan');
    queue.add([{ name: 'scan.pdf', size: bytes.length, bytes: () => bytes, path: null, keepCopy: true }]);
    await queue.whenIdle();
    expect(steps).toEqual(['reading page 1 of 2 by OCR', 'reading page 2 of 2 by OCR']);
    expect(queue.status().step).toBeNull();
    expect(queue.status().results[0]).toMatchObject({ outcome: 'added', message: 'Text read by OCR.' });
    expect(stored[0]).toMatchObject({ ocr: true, note: 'Text read by OCR.' });
  });
});
