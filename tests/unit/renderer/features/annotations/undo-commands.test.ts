import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation, Annotation, AnnotationPatch, NewAnnotation } from '../../../../../src/shared/annotations';
import {
  createCommand,
  deleteCommand,
  inversePatch,
  patchBetween,
  updateCommand,
} from '../../../../../src/renderer/src/features/annotations/annotation-commands';
import { createUndoStack } from '../../../../../src/renderer/src/features/annotations/undo-stack';

/** An in-memory stand-in for the annotations API, with the same create/delete/restore rules. */
function fakeApi() {
  const rows = new Map<string, Annotation>();
  let next = 1;
  let failNext: string | null = null;
  const check = () => {
    if (failNext) {
      const m = failNext;
      failNext = null;
      throw new Error(m);
    }
  };
  const placed = (a: Annotation): AnchoredAnnotation => ({ ...a, anchor: { start: 0, end: 1, method: 'position' } });
  return {
    rows,
    failOnce(message: string) {
      failNext = message;
    },
    async createAnnotation(input: NewAnnotation) {
      check();
      const id = `00000000-0000-4000-8000-00000000000${next++}`;
      const a: Annotation = { id, created: 't', modified: 't', target: input.target, note: input.note ?? '', tags: input.tags ?? [], colour: input.colour };
      rows.set(id, a);
      return placed(a);
    },
    async updateAnnotation(id: string, patch: AnnotationPatch) {
      check();
      const a = rows.get(id);
      if (!a) throw new Error('not-found');
      const updated = { ...a, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      rows.set(id, updated);
      return placed(updated);
    },
    async deleteAnnotation(id: string) {
      check();
      const a = rows.get(id);
      if (!a) throw new Error('not-found');
      rows.delete(id);
      return a;
    },
    async restoreAnnotation(a: Annotation) {
      check();
      if (rows.has(a.id)) throw new Error('conflict');
      rows.set(a.id, a);
      return placed(a);
    },
  };
}

const target: NewAnnotation['target'] = {
  documentId: 'd',
  paragraphId: 'p',
  quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 1 },
};

describe('undo stack of annotation commands', () => {
  it('undoes and redoes a create, keeping the same id and note', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    await stack.execute(createCommand(api, { target, colour: 'green', note: 'kept', tags: ['a'] }));
    const [id] = [...api.rows.keys()];
    await stack.undo();
    expect(api.rows.size).toBe(0);
    await stack.redo();
    expect(api.rows.get(id!)).toMatchObject({ note: 'kept', tags: ['a'], colour: 'green' });
  });

  it('undo of a delete restores the annotation exactly; redo deletes it again', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    await stack.execute(createCommand(api, { target, colour: 'blue', note: 'n' }));
    const original = [...api.rows.values()][0]!;
    await stack.execute(deleteCommand(api, [original.id]));
    expect(api.rows.size).toBe(0);
    await stack.undo();
    expect(api.rows.get(original.id)).toEqual(original);
    await stack.redo();
    expect(api.rows.size).toBe(0);
  });

  it('undo of an edit puts back exactly the changed fields', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    await stack.execute(createCommand(api, { target, colour: 'yellow', note: 'before', tags: ['x'] }));
    const before = [...api.rows.values()][0]!;
    await stack.execute(updateCommand(api, before, { note: 'after', colour: 'pink' }));
    expect(api.rows.get(before.id)).toMatchObject({ note: 'after', colour: 'pink', tags: ['x'] });
    await stack.undo();
    expect(api.rows.get(before.id)).toMatchObject({ note: 'before', colour: 'yellow', tags: ['x'] });
    await stack.redo();
    expect(api.rows.get(before.id)).toMatchObject({ note: 'after', colour: 'pink' });
  });

  it('a new change clears the redo list; undo with nothing to undo returns null', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    expect(await stack.undo()).toBeNull();
    await stack.execute(createCommand(api, { target, colour: 'yellow' }));
    await stack.undo();
    expect(stack.state().future).toHaveLength(1);
    await stack.execute(createCommand(api, { target, colour: 'green' }));
    expect(stack.state().future).toHaveLength(0);
    expect(await stack.redo()).toBeNull();
  });

  it('a refused change is not recorded, and a refused undo stays undoable', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    api.failOnce('storage full');
    await expect(stack.execute(createCommand(api, { target, colour: 'yellow' }))).rejects.toThrow('storage full');
    expect(stack.state().past).toHaveLength(0);
    await stack.execute(createCommand(api, { target, colour: 'yellow' }));
    api.failOnce('read-only');
    await expect(stack.undo()).rejects.toThrow('read-only');
    expect(stack.state().past).toHaveLength(1);
    await stack.undo();
    expect(api.rows.size).toBe(0);
  });

  it('deleting several is all-or-nothing: a failure half-way restores the ones already deleted', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    await stack.execute(createCommand(api, { target, colour: 'yellow' }));
    await stack.execute(createCommand(api, { target, colour: 'green' }));
    const ids = [...api.rows.keys()];
    await expect(stack.execute(deleteCommand(api, [...ids, '00000000-0000-4000-8000-000000000099']))).rejects.toThrow('not-found');
    expect([...api.rows.keys()].sort()).toEqual([...ids].sort());
    await stack.execute(deleteCommand(api, ids));
    expect(api.rows.size).toBe(0);
    await stack.undo();
    expect(api.rows.size).toBe(2);
  });

  it('runs overlapping requests in order (a fast double Ctrl+Z undoes two changes)', async () => {
    const api = fakeApi();
    const stack = createUndoStack();
    await stack.execute(createCommand(api, { target, colour: 'yellow' }));
    await stack.execute(createCommand(api, { target, colour: 'green' }));
    await Promise.all([stack.undo(), stack.undo()]);
    expect(api.rows.size).toBe(0);
    expect(stack.state().future).toHaveLength(2);
  });
});

describe('patches', () => {
  it('patchBetween sends only what changed; inversePatch restores those fields', () => {
    const before = { note: 'a', tags: ['x', 'y'], colour: 'yellow' as const };
    expect(patchBetween(before, { ...before })).toEqual({});
    expect(patchBetween(before, { ...before, tags: ['y', 'x'] })).toEqual({ tags: ['y', 'x'] });
    const patch = patchBetween(before, { note: 'b', tags: ['x', 'y'], colour: 'pink' });
    expect(patch).toEqual({ note: 'b', colour: 'pink' });
    expect(inversePatch(before, patch)).toEqual({ note: 'a', colour: 'yellow' });
  });
});
