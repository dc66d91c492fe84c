/**
 * A start-up failure whose cause the service recognised: the message says what is wrong and what
 * to do about it ("port 4000 is taken; set PORT"), and main.ts prints it as it is.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Why the embedded PostgreSQL did not start, from what it logged (its own words are in English: LC_MESSAGES is set). */
export function embeddedPostgresFailure(log: string, where: { databaseDir: string; port: number }): StartupError {
  const owner = /another postmaster \(PID (\d+)\) running in data directory/.exec(log);
  if (owner) {
    return new StartupError(`The embedded PostgreSQL under ${where.databaseDir} is in use by process ${owner[1]} (another instance of this service?); stop it, or set DATA_DIR to another folder.`);
  }
  if (/could not bind .*Address already in use|could not create any TCP\/IP sockets/.test(log)) {
    return new StartupError(`Port ${where.port} is taken, so the embedded PostgreSQL cannot listen on it; set EMBEDDED_POSTGRES_PORT to a free port (or DATABASE_URL to use a PostgreSQL server of your own).`);
  }
  if (/lock file .* already exists/.test(log)) {
    return new StartupError(`The embedded PostgreSQL under ${where.databaseDir} is locked by another process; stop it, or set DATA_DIR to another folder.`);
  }
  const lastLines = log.trim().split('\n').filter((line) => /FATAL|ERROR|PANIC/.test(line)).slice(-3).join(' ').trim();
  return new StartupError(`The embedded PostgreSQL under ${where.databaseDir} did not start${lastLines ? `: ${lastLines}` : ''}. Its data folder may be damaged or unreadable; see the log, or set DATABASE_URL to use a PostgreSQL server of your own.`);
}

/** The HTTP server could not listen. */
export function listenFailure(error: unknown, where: { host: string; port: number }): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return new StartupError(`Port ${where.port} on ${where.host} is taken (another instance of this service?); stop it, or set PORT to a free port.`);
  if (code === 'EACCES') return new StartupError(`This process may not listen on port ${where.port}; set PORT to a port above 1023.`);
  if (code === 'EADDRNOTAVAIL') return new StartupError(`${where.host} is not an address of this machine; set HOST (0.0.0.0 listens on all of them).`);
  return error instanceof Error ? error : new StartupError(String(error));
}

/** The database named by DATABASE_URL could not be used at start-up. */
export function databaseConnectFailure(error: unknown, databaseUrl: string, unavailableCause: string | null): Error {
  let where = 'the database';
  try {
    const url = new URL(databaseUrl);
    where = `the database ${url.pathname.replace(/^\//, '')} at ${url.hostname}:${url.port || 5432}`;
  } catch { /* the configuration already checked it is a URL */ }
  if (unavailableCause) return new StartupError(`Cannot reach ${where} (${unavailableCause}); check DATABASE_URL and that PostgreSQL is running.`);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '28P01' || code === '28000') return new StartupError(`${where} refused the user or password in DATABASE_URL; correct them.`);
  if (code === '3D000') return new StartupError(`${where} does not exist; create it, or correct DATABASE_URL.`);
  return error instanceof Error ? error : new StartupError(String(error));
}

/** What main.ts prints for any start-up failure: never "undefined". */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof Error) return error.message || error.name;
  return error === undefined ? 'an unknown error (nothing was reported)' : String(error);
}
