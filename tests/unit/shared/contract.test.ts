import { describe, expect, it } from 'vitest';
import { argSchemas, CHANNELS, ipcChannelName, isChannel } from '../../../src/shared/api';

describe('IPC contract', () => {
  it('lists the corpus calls the renderer needs', () => {
    expect(CHANNELS).toEqual(expect.arrayContaining(['getCorpusInfo', 'listDocuments', 'getDocument']));
  });

  it('prefixes channel names so they never collide with Electron internals', () => {
    expect(ipcChannelName('getDocument')).toBe('dossier:getDocument');
  });

  it('does not treat inherited object keys as channels', () => {
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
  });

  it('refuses a document id that is empty or absurdly long', () => {
    expect(argSchemas.getDocument.safeParse(['']).success).toBe(false);
    expect(argSchemas.getDocument.safeParse(['x'.repeat(513)]).success).toBe(false);
    expect(argSchemas.getDocument.safeParse([42]).success).toBe(false);
    expect(argSchemas.getDocument.safeParse(['seed']).success).toBe(true);
  });
});
