import type { ServerResponse } from 'node:http';

/**
 * Server-sent events for the served app: the page's EventSource holds one response open and
 * each event is written to every open stream. A comment line every 25 s keeps proxies and
 * idle timers from closing it.
 */
export interface EventStream {
  attach(res: ServerResponse): void;
  publish(name: string, payload: unknown): void;
  close(): void;
  readonly size: number;
}

export function formatEvent(name: string, payload: unknown): string {
  // JSON has no raw newlines, so one data: line holds the whole payload.
  return `event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
}

export function createEventStream(headers: Record<string, string>): EventStream {
  const open = new Set<ServerResponse>();
  // Every event in the map is a state (newest wins), so a stream that opens late gets the
  // latest of each at once: a change published between the page's subscribe and its stream
  // connecting would otherwise be lost (seen: "Indexing…" stuck after a reload).
  const latest = new Map<string, string>();
  const keepAlive = setInterval(() => {
    for (const res of open) res.write(': keep-alive\n\n');
  }, 25_000);
  keepAlive.unref();
  return {
    attach(res) {
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      for (const frame of latest.values()) res.write(frame);
      open.add(res);
      res.on('close', () => open.delete(res));
    },
    publish(name, payload) {
      const frame = formatEvent(name, payload);
      latest.set(name, frame);
      for (const res of open) res.write(frame);
    },
    close() {
      clearInterval(keepAlive);
      for (const res of open) res.end();
      open.clear();
    },
    get size() {
      return open.size;
    },
  };
}
