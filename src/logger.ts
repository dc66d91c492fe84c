import pino from 'pino';

/** Structured JSON logs on stdout; nothing logged ever reaches a GraphQL response. */
export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'cataleg-recursos' }, redact: ['req.headers.authorization', '*.password'] });
}
