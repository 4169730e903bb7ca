import { argSchemas, isChannel, type Channel, type HandlerTable } from '../../shared/api';
import { isDossierError, type Envelope } from '../../shared/result';

/**
 * Logs handler failures that are bugs, not user errors; hosts pass one writing to the app log
 * (core/log/app-log.ts). It may return the log file's path, which the user's message names.
 */
export type FailureLogger = (channel: string, error: unknown) => string | void;

const defaultLogger: FailureLogger = (channel, error) => {
  console.error(`[dossier] handler ${channel} failed:`, error);
};

function fail(code: 'invalid-argument' | 'internal', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/** A FailureLogger writing to the app log, answering with the log's path. */
export function logToAppLog(log: { path: string; error(message: string, error?: unknown): void }): FailureLogger {
  return (channel, error) => {
    log.error(`handler ${channel} failed`, error);
    return log.path;
  };
}

/**
 * Runs one call from the (untrusted) renderer: the channel must be in the contract, the
 * payload must parse with the channel's schema, and whatever happens the caller gets an
 * envelope — never an exception, never a stack trace.
 */
export async function dispatch(
  table: HandlerTable,
  channel: string,
  rawArgs: unknown,
  logFailure: FailureLogger = defaultLogger,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return fail('invalid-argument', `Unknown call "${String(channel).slice(0, 80)}".`);
  if (!Array.isArray(rawArgs)) return fail('invalid-argument', `Arguments to ${channel} must be a list.`);
  const parsed = argSchemas[channel].safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (argument ${issue.path.join('.')})` : '';
    return fail('invalid-argument', `${issue?.message ?? 'Invalid arguments'}${where}`);
  }
  return runHandler(table, channel, parsed.data as unknown[], logFailure);
}

/**
 * Runs a call whose arguments already passed the channel's schema (the core worker, behind a
 * host that validated them): the same envelope and logging as dispatch, without parsing twice.
 */
export async function runHandler(
  table: HandlerTable,
  channel: Channel,
  args: unknown[],
  logFailure: FailureLogger = defaultLogger,
): Promise<Envelope<unknown>> {
  try {
    const handler = table[channel] as (...args: unknown[]) => unknown;
    const value = await handler(...args);
    return { ok: true, value };
  } catch (error) {
    if (isDossierError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    const where = logFailure(channel, error);
    return fail('internal', `Dossier could not complete ${channel}. The error was logged${where ? ` to ${where}` : ''}.`);
  }
}
