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
  const handlers = createCorrectionHandlers(createCorrectionStore(store.database), (target) => target !== 'person:gone');
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
});
