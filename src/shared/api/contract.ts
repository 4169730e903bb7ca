import type { z } from 'zod';

/** Any method of a feature API: IPC calls are always async. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiMethod = (...args: any[]) => Promise<unknown>;

/** One argument-tuple schema per method: main parses every payload with it before a handler runs. */
export type ArgSchemas<A> = {
  [K in keyof A]: A[K] extends ApiMethod ? z.ZodType<Parameters<A[K]>> : never;
};
