import { describe, expect, it } from 'vitest';
import type { CorrectionsApi } from '../../../../../src/shared/api';
import type { Correction } from '../../../../../src/shared/corrections';
import { addCorrectionCommand, removeCorrectionCommand } from '../../../../../src/renderer/src/features/corrections/correction-commands';
import { createUndoStack } from '../../../../../src/renderer/src/features/annotations/undo-stack';
import { correctionsArgs } from '../../../../../src/shared/api/corrections';

/** An in-memory stand-in for the corrections calls, with the store's replace-same-target rule. */
function fakeApi(): CorrectionsApi & { rows: Correction[] } {
  const rows: Correction[] = [];
  let n = 0;
  const put = (c: Correction) => {
    const at = rows.findIndex((r) => r.kind === c.kind && r.target === c.target);
    const replaced = at >= 0 ? rows.splice(at, 1)[0]! : null;
    rows.push(c);
    return { correction: c, replaced };
  };
  return {
    rows,
    listCorrections: async () => rows.map((r) => ({ ...r, applies: true })),
    addCorrection: async (input) => put({ ...input, id: `id-${++n}`, created: '2026-01-01T00:00:00.000Z' } as Correction),
    removeCorrection: async (id) => {
      const at = rows.findIndex((r) => r.id === id);
      if (at < 0) throw new Error('not-found');
      return rows.splice(at, 1)[0]!;
    },
    restoreCorrection: async (c) => put(c),
  };
}

describe('correction commands on the undo stack', () => {
  it('undo of a retype puts back the retype it replaced; redo brings the new one back with its id', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    let refreshed = 0;
    const changed = async () => void (refreshed += 1);
    await stack.execute(addCorrectionCommand(api, { kind: 'retype-entity', target: 'person:kursk', type: 'place', label: 'Kursk' }, 'type of Kursk', changed));
    await stack.execute(addCorrectionCommand(api, { kind: 'retype-entity', target: 'person:kursk', type: 'organization', label: 'Kursk' }, 'type of Kursk', changed));
    expect(api.rows.map((r) => r.type)).toEqual(['organization']);
    await stack.undo();
    expect(api.rows.map((r) => [r.id, r.type])).toEqual([['id-1', 'place']]);
    await stack.redo();
    expect(api.rows.map((r) => [r.id, r.type])).toEqual([['id-2', 'organization']]);
    await stack.undo();
    await stack.undo();
    expect(api.rows).toEqual([]);
    // Every change and every undo or redo refreshes what shows the corpus.
    expect(refreshed).toBe(6);
  });

  it('taking a correction back is undone by restoring it whole', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    const { correction } = await api.addCorrection({ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' });
    await stack.execute(removeCorrectionCommand(api, correction, 'correction of Chelsea', async () => {}));
    expect(api.rows).toEqual([]);
    await stack.undo();
    expect(api.rows).toEqual([correction]);
  });

  it('a correction taken back from the list (its status beside it) is restored as the contract accepts it', async () => {
    const api = fakeApi();
    // What the main side does with the payload before the store sees it.
    const restore = api.restoreCorrection;
    api.restoreCorrection = async (c) => restore(correctionsArgs.restoreCorrection.parse([c])[0]);
    const stack = createUndoStack();
    const correction: Correction = { id: '0b8f6c1e-3c2a-4d5e-9f10-123456789abc', created: '2026-12-02T10:00:00.000Z', kind: 'quote-speaker', target: 'doc#p-1@4', attribution: 'Kofi Annan', label: '“We will keep working”' };
    await api.restoreCorrection(correction);
    const [listed] = await api.listCorrections();
    const withStatus = { ...listed!, document: { id: 'doc', title: 'A story' }, extracted: 'Tony Blair' };
    await stack.execute(removeCorrectionCommand(api, withStatus, 'speaker', async () => {}));
    expect(api.rows).toEqual([]);
    await stack.undo();
    expect(api.rows).toEqual([correction]);
  });
});
