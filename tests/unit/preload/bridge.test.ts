import { describe, expect, it, vi } from 'vitest';
import { createDossierApi } from '../../../src/preload/bridge';
import { CHANNELS } from '../../../src/shared/api';
import { DossierError } from '../../../src/shared/result';

describe('createDossierApi', () => {
  it('exposes exactly the contract methods and nothing that could reach raw IPC', () => {
    const api = createDossierApi(vi.fn());
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('on');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('passes arguments through and resolves with the value of an ok envelope', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: { id: 'seed' } });
    const api = createDossierApi(invoke);
    await expect(api.getDocument('seed')).resolves.toEqual({ id: 'seed' });
    expect(invoke).toHaveBeenCalledWith('getDocument', ['seed']);
  });

  it('rejects with a DossierError carrying the code and message of an error envelope', async () => {
    const api = createDossierApi(async () => ({ ok: false, error: { code: 'not-found', message: 'No document with id "x".' } }));
    const error = await api.getDocument('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect(error).toMatchObject({ code: 'not-found', message: 'No document with id "x".' });
  });
});
