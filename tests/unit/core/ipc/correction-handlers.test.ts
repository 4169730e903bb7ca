import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAnnotationStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import { createCorrectionStore } from '../../../../src/core/corrections/correction-store';
import { createCorrectionHandlers } from '../../../../src/core/ipc/correction-handlers';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import type { HandlerTable } from '../../../../src/shared/api';
import { tempDir } from '../annotations/fixtures/seed';

let cleanup = () => {};
afterEach(() => cleanup());

function table() {
  const dir = tempDir();
  const store = openAnnotationStore({ path: join(dir.dir, 'annotations.sqlite') });
  cleanup = () => {
    store.close();
    dir.cleanup();
  };
  const handlers = createCorrectionHandlers(createCorrectionStore(store.database), {
    status: (c) => ({ applies: c.target !== 'person:gone', ...(c.other === 'person:george w bush' ? { otherName: 'George W Bush' } : {}) }),
    entityOf: (id) => (id === 'person:blair' ? 'person:tony blair' : id),
  });
  return handlers as unknown as HandlerTable;
}

describe('correction calls', () => {
  it('refuses payloads the schema refuses before any handler runs', async () => {
    const t = table();
    expect(await dispatch(t, 'addCorrection', [{ kind: 'reject-entity', target: 'person:x', label: 'x', extra: 1 }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(t, 'addCorrection', [{ kind: 'merge-everything', target: 'person:x', label: 'x' }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(t, 'removeCorrection', ['../etc'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(t, 'restoreCorrection', [{ kind: 'reject-entity', target: 'person:x', label: 'x' }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('lists a correction whose target has gone as not applying, keeping it', async () => {
    const t = table();
    await dispatch(t, 'addCorrection', [{ kind: 'reject-entity', target: 'person:gone', label: 'Gone' }]);
    await dispatch(t, 'addCorrection', [{ kind: 'retype-entity', target: 'person:kursk', type: 'place', label: 'Kursk' }]);
    const listed = await dispatch(t, 'listCorrections', []);
    expect(listed).toMatchObject({ ok: true, value: [{ label: 'Kursk', applies: true }, { label: 'Gone', applies: false }] });
  });

  it('a reject or retype named by an alias group is stored under its entity; a split keeps the group it names', async () => {
    const t = table();
    expect(await dispatch(t, 'addCorrection', [{ kind: 'reject-entity', target: 'person:blair', label: 'Blair' }])).toMatchObject({ ok: true, value: { correction: { target: 'person:tony blair' } } });
    expect(await dispatch(t, 'addCorrection', [{ kind: 'split-alias', target: 'person:blair', other: 'person:tony blair', label: 'Blair' }])).toMatchObject({
      ok: true,
      value: { correction: { target: 'person:blair' } },
    });
  });

  it('takes every kind through the contract; a merge is listed with the name of the entity it joined', async () => {
    const t = table();
    for (const input of [
      { kind: 'merge-entity', target: 'person:dubya', other: 'person:george w bush', label: 'Dubya' },
      { kind: 'split-alias', target: 'person:blair', other: 'person:tony blair', label: 'Blair' },
      { kind: 'quote-speaker', target: 'doc-1#p-abc@12', attribution: 'Angela Merkel', label: '“We will”' },
      { kind: 'figure-claimant', target: 'doc-1#p-abc@40', attribution: null, label: '3,000 jobs' },
    ]) {
      expect(await dispatch(t, 'addCorrection', [input])).toMatchObject({ ok: true });
    }
    const listed = await dispatch(t, 'listCorrections', []);
    expect(listed).toMatchObject({ ok: true, value: [{ kind: 'figure-claimant' }, { kind: 'quote-speaker' }, { kind: 'split-alias' }, { kind: 'merge-entity', otherName: 'George W Bush' }] });
    expect(await dispatch(t, 'addCorrection', [{ kind: 'quote-speaker', target: 'doc-1#p-abc@12', label: 'q' }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
