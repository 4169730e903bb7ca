import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import type { HandlerTable } from '../../../../src/shared/api';
import { DossierError } from '../../../../src/shared/result';

function table(overrides: Partial<HandlerTable>): HandlerTable {
  return overrides as HandlerTable;
}

describe('dispatch', () => {
  it('runs the handler with parsed arguments and wraps the value', async () => {
    const getDocument = vi.fn(async (id: string) => ({ id }));
    const result = await dispatch(table({ getDocument } as never), 'getDocument', ['seed']);
    expect(result).toEqual({ ok: true, value: { id: 'seed' } });
  });

  it('refuses unknown channels and inherited keys without calling anything', async () => {
    expect(await dispatch(table({}), 'deleteEverything', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(table({}), 'constructor', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('refuses a payload that does not match the schema before the handler runs', async () => {
    const getDocument = vi.fn();
    const result = await dispatch(table({ getDocument } as never), 'getDocument', [{ $where: 'x' }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(getDocument).not.toHaveBeenCalled();
    expect(await dispatch(table({ getDocument } as never), 'getDocument', 'seed')).toMatchObject({ ok: false });
  });

  it('passes a DossierError through with its code, and hides other errors behind a generic message', async () => {
    const notFound = await dispatch(
      table({ getDocument: async () => { throw new DossierError('not-found', 'No such document.'); } } as never),
      'getDocument',
      ['x'],
    );
    expect(notFound).toEqual({ ok: false, error: { code: 'not-found', message: 'No such document.' } });

    const log = vi.fn();
    const crash = await dispatch(
      table({ getDocument: async () => { throw new TypeError('secret /home/user/path at line 3'); } } as never),
      'getDocument',
      ['x'],
      log,
    );
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crash)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });
});
