import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createEventStream } from '../../../../src/core/serve/event-stream';

function fakeResponse(): { res: ServerResponse; written: string[] } {
  const written: string[] = [];
  const res = { writeHead: () => res, write: (chunk: string) => written.push(chunk), on: () => res, end: () => {} };
  return { res: res as unknown as ServerResponse, written };
}

describe('served event stream', () => {
  it('gives a stream that opens late the latest state of each event, and only the latest', () => {
    const stream = createEventStream({});
    stream.publish('searchStatus', { state: 'indexing' });
    stream.publish('searchStatus', { state: 'ready' });
    const late = fakeResponse();
    stream.attach(late.res);
    const frames = late.written.filter((w) => w.startsWith('event:'));
    expect(frames).toEqual(['event: searchStatus\ndata: {"state":"ready"}\n\n']);
    stream.close();
  });
});
