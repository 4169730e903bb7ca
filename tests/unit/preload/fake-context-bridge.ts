/**
 * A stand-in for Electron's contextBridge.exposeInMainWorld that copies only what Electron
 * copies (docs: "Parameter / Error / Return Type support"): plain objects, arrays and
 * primitives are deep-copied without prototypes; functions become proxies whose arguments
 * and results are copied the same way; a thrown or rejected Error arrives as a new Error
 * with the message alone — no `code`, no class, no other property.
 */
function copy(value: unknown, depth = 0): unknown {
  if (depth > 1000) throw new Error('object graph too deep');
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' ? proxyFunction(value as (...a: unknown[]) => unknown) : value;
  }
  if (value instanceof Error) return new Error(value.message);
  if (value instanceof Promise) return copyPromise(value);
  if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1));
  if (value instanceof Uint8Array) return new Uint8Array(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copy(v, depth + 1);
  return out;
}

function copyPromise(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (v) => copy(v),
    (e: unknown) => {
      throw e instanceof Error ? new Error(e.message) : copy(e);
    },
  );
}

function proxyFunction(fn: (...a: unknown[]) => unknown): (...a: unknown[]) => unknown {
  return (...args: unknown[]) => {
    let result: unknown;
    try {
      result = fn(...args.map((a) => copy(a)));
    } catch (error) {
      throw error instanceof Error ? new Error(error.message) : copy(error);
    }
    return copy(result);
  };
}

export function fakeExposeInMainWorld(world: Record<string, unknown>, key: string, api: unknown): void {
  world[key] = copy(api);
}
