/**
 * Runs an async request so that typing never queues work: at most one call is in flight,
 * and while it runs only the newest argument waits (each new one replaces the last).
 * A result is delivered only if nothing newer has been delivered and the runner was not
 * cancelled since the call started, so a slow answer to an old query can never overwrite
 * the answer to a newer one.
 */
export interface LatestOnly<A> {
  request(arg: A): void;
  /** Drops the call in flight (its result is ignored) and the waiting argument. */
  cancel(): void;
  /** True while a call is in flight. */
  busy(): boolean;
}

export interface LatestOnlyHandlers<A, R> {
  run(arg: A): Promise<R>;
  onResult(arg: A, result: R): void;
  onError(arg: A, error: unknown): void;
  /** Called when the runner goes idle or busy, e.g. for a spinner. */
  onBusyChange?(busy: boolean): void;
}

export function createLatestOnly<A, R>(handlers: LatestOnlyHandlers<A, R>): LatestOnly<A> {
  let seq = 0;
  let delivered = 0;
  let generation = 0;
  let inFlight = false;
  let waiting: { arg: A } | null = null;

  const setBusy = (busy: boolean) => {
    if (inFlight === busy) return;
    inFlight = busy;
    handlers.onBusyChange?.(busy);
  };

  const start = (arg: A) => {
    const mySeq = ++seq;
    const myGeneration = generation;
    setBusy(true);
    const settle = (deliver: () => void) => {
      if (myGeneration === generation && mySeq > delivered) {
        delivered = mySeq;
        deliver();
      }
      const next = waiting;
      waiting = null;
      if (next) start(next.arg);
      else if (mySeq === seq) setBusy(false);
    };
    let promise: Promise<R>;
    try {
      promise = handlers.run(arg);
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (result) => settle(() => handlers.onResult(arg, result)),
      (error: unknown) => settle(() => handlers.onError(arg, error)),
    );
  };

  return {
    request(arg) {
      if (inFlight) waiting = { arg };
      else start(arg);
    },
    cancel() {
      generation++;
      waiting = null;
    },
    busy: () => inFlight,
  };
}
