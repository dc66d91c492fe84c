import { DriverException } from '@mikro-orm/core';
import pino from 'pino';

/** Structured JSON logs on stdout; nothing logged ever reaches a GraphQL response. */
export type Logger = pino.Logger;

/**
 * Logs never hold personal data or SQL parameters (issue 11): fields that may carry them are
 * censored wherever a log call puts them, one level deep, and errors go through `safeError`.
 */
const PERSONAL_FIELDS = ['authorization', 'cookie', 'password', 'token', 'variables', 'params', 'email', 'nif', 'phone'];
const REDACT = ['req.headers.authorization', 'req.headers.cookie', ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`])];

/** What a database error may say in a log: which rule failed where, never the statement or its values. */
const DATABASE_FIELDS = ['code', 'sqlState', 'severity', 'routine', 'schema', 'table', 'column', 'dataType', 'constraint'] as const;
const MAX_MESSAGE = 500;

const isDatabaseError = (error: Error) => error instanceof DriverException
  || typeof (error as { sqlState?: unknown }).sqlState === 'string'
  || (typeof (error as { severity?: unknown }).severity === 'string' && typeof (error as { routine?: unknown }).routine === 'string');

/**
 * pino's `err` serializer. A database error's message is the SQL with its parameter values
 * inlined (an applicant's name, e-mail) and PostgreSQL's detail quotes values too: only its
 * codes and where it failed are kept. Other messages are kept, shortened; stacks keep their frames
 * only, because their first line repeats the message.
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  const cause = error.cause ?? (error as { originalError?: unknown }).originalError;
  const nested = cause !== undefined && cause !== error && depth < 3 ? { cause: safeError(cause, depth + 1) } : {};
  if (isDatabaseError(error)) {
    const fields = Object.fromEntries(DATABASE_FIELDS
      .map((name) => [name, (error as unknown as Record<string, unknown>)[name]])
      .filter(([, value]) => typeof value === 'string' || typeof value === 'number'));
    return { type: error.name, message: 'Database error (statement and values withheld)', ...fields, stack: frames, ...nested };
  }
  const code = (error as { code?: unknown }).code;
  const message = error.message.length > MAX_MESSAGE ? `${error.message.slice(0, MAX_MESSAGE)}…` : error.message;
  return { type: error.name, message, ...(typeof code === 'string' ? { code } : {}), stack: frames, ...nested };
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: { service: 'cataleg-recursos' },
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { err: safeError, error: safeError },
  }, destination);
}
