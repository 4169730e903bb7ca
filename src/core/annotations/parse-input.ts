import type { z } from 'zod';
import { DossierError } from '../../shared/result';

/**
 * Validates input with the contract's zod schema inside core too: the export feature and
 * tests call the store directly, not through IPC. Limits refuse (never truncate).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new DossierError(issue?.code === 'too_big' ? 'too-large' : 'invalid-argument', `${issue?.message ?? 'Invalid annotation.'}${where}`);
}
