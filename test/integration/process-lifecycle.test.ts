import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Client } from 'pg';
import { mintDevelopmentToken } from '../../src/identity/development-keys';
import { createTestDatabase } from '../support/databases';

const MAIN = path.resolve(__dirname, '..', '..', 'src', 'main.js');

function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Waits for the process to log its URL, then for /readyz to answer 200: only then is it serving. */
async function waitUntilReady(run: ReturnType<typeof runMain>, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let url: string | undefined;
  while (Date.now() < deadline) {
    url ??= /"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/.exec(run.output())?.[1];
    if (url) {
      const ready = await fetch(`${url}/readyz`).then((response) => response.status === 200, () => false);
      if (ready) return url;
    }
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the service did not become ready: ${run.output()}`);
}

/** A port something else already listens on. */
async function occupiedPort(): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * A POST whose last byte is held back: the server has the request (headers and most of the body)
 * but cannot run it until `finish()`. So a test can make a request certainly in flight at SIGTERM.
 */
function heldRequest(url: string, body: string, headers: Record<string, string>) {
  const target = new URL(url);
  const payload = Buffer.from(body);
  let request!: http.ClientRequest;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request = http.request({
      host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent: false,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length },
    }, (answer) => {
      let text = '';
      answer.on('data', (chunk) => { text += chunk; });
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: text }));
      answer.on('error', reject);
    });
    request.on('error', reject);
  });
  request.write(payload.subarray(0, payload.length - 1));
  return { response, finish: () => request.end(payload.subarray(payload.length - 1)) };
}

describe('the service process', () => {
  it('stops at start-up on a bad variable, naming it', async () => {
    const run = runMain({ PORT: 'eighty' });
    assert.equal(await run.exited, 78);
    assert.match(run.output(), /PORT/);
  });

  it('drains on SIGTERM: a write in flight completes and its client gets the success, then it exits cleanly', async () => {
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cataleg-process-'));
    try {
      const run = runMain({
        DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', NODE_ENV: 'development',
        DATA_DIR: dataDir, SCHEDULER_INTERVAL_MS: '0', SHUTDOWN_GRACE_MS: '20000',
      });
      const url = await waitUntilReady(run);
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const { rows: [fitxa] } = await client.query<{ id: string }>(`select r.id from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = '111219'`);
      const token = await mintDevelopmentToken({ sub: 'test:12345678Z', nif: '12345678Z', name: 'Persona de Prova', certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' } }, { dataDir });
      const resourceId = Buffer.from(`Resource:${fitxa.id}`).toString('base64url');
      const write = heldRequest(`${url}/graphql`, JSON.stringify({
        query: 'mutation($input: FolderInput!) { addToFolder(input: $input) { resource { id } userErrors { code } } }', variables: { input: { resourceId } },
      }), { authorization: `Bearer ${token}` });
      const read = heldRequest(`${url}/graphql`, JSON.stringify({ query: '{ providers { slug } }' }), {});
      // Both requests have reached the server (their headers are parsed) before SIGTERM.
      await new Promise((resolve) => setTimeout(resolve, 300));
      run.child.kill('SIGTERM');
      while (!/Draining/.test(run.output())) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 200));
      write.finish();
      read.finish();
      const [written, answered] = await Promise.all([write.response, read.response]);
      assert.equal(written.status, 200, written.body);
      assert.deepEqual(JSON.parse(written.body).data.addToFolder, { resource: { id: resourceId }, userErrors: [] });
      assert.equal(answered.status, 200, answered.body);
      assert.equal(await run.exited, 0, run.output());
      const { rows: [saved] } = await client.query<{ n: number }>(`select count(*)::int as n from folder_item where owner_subject = 'test:12345678Z'`);
      await client.end();
      assert.equal(saved.n, 1, 'the write the client was told about exists');
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('names PORT when the HTTP port is taken', async () => {
    const database = await createTestDatabase();
    const taken = await occupiedPort();
    try {
      const port = (taken.address() as net.AddressInfo).port;
      const run = runMain({ DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false', NODE_ENV: 'development', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'cataleg-process-')) });
      assert.equal(await run.exited, 1);
      assert.match(run.output(), new RegExp(`Start-up failed: Port ${port} on 127\\.0\\.0\\.1 is taken .*set PORT`));
    } finally {
      taken.close();
      await database.drop();
    }
  });

  it('names the process holding the embedded PostgreSQL when a second instance starts on the same data folder', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cataleg-process-'));
    const port = await occupiedPort().then((server) => {
      const { port: free } = server.address() as net.AddressInfo;
      return new Promise<number>((resolve) => server.close(() => resolve(free)));
    });
    const env = { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(port), HOST: '127.0.0.1', PORT: '0', SEED_ON_START: 'false', NODE_ENV: 'development', DATABASE_URL: '' };
    const first = runMain(env);
    try {
      await waitUntilReady(first, 120_000);
      const second = runMain(env);
      assert.equal(await second.exited, 1);
      assert.match(second.output(), /Start-up failed: The embedded PostgreSQL under .*postgres is in use by process \d+ .*set DATA_DIR/);
      assert.doesNotMatch(second.output(), /undefined/);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
  it('under write load, SIGTERM cuts no request whose row committed: every saved write was answered 2xx', { timeout: 180_000 }, async () => {
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cataleg-process-'));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    try {
      const run = runMain({
        DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', NODE_ENV: 'development',
        DATA_DIR: dataDir, SCHEDULER_INTERVAL_MS: '0', SHUTDOWN_GRACE_MS: '20000',
      });
      const url = await waitUntilReady(run);
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const { rows: [fitxa] } = await client.query<{ id: string }>(`select r.id from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = '111219'`);
      const resourceId = Buffer.from(`Resource:${fitxa.id}`).toString('base64url');
      const WRITES = 60;
      // One person per write, so each committed write is one folder row with its own owner.
      const tokens = await Promise.all(Array.from({ length: WRITES }, (_, index) => mintDevelopmentToken(
        { sub: `test:load-${index}`, nif: '12345678Z', name: 'Persona de Prova', certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' } }, { dataDir })));
      const body = JSON.stringify({ query: 'mutation($input: FolderInput!) { addToFolder(input: $input) { userErrors { code } } }', variables: { input: { resourceId } } });
      const target = new URL(`${url}/graphql`);
      const write = (index: number) => new Promise<{ index: number; status: number; ok: boolean }>((resolve) => {
        const request = http.request({
          host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent,
          headers: { authorization: `Bearer ${tokens[index]}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        }, (answer) => {
          let text = '';
          answer.on('data', (chunk) => { text += chunk; });
          answer.on('end', () => resolve({ index, status: answer.statusCode ?? 0, ok: answer.statusCode === 200 && !text.includes('"errors"') && text.includes('"userErrors":[]') }));
          answer.on('error', () => resolve({ index, status: 0, ok: false }));
        });
        request.on('error', () => resolve({ index, status: 0, ok: false }));
        request.end(body);
      });
      // A steady stream of writes; SIGTERM lands in the middle of it.
      const sent: Promise<{ index: number; status: number; ok: boolean }>[] = [];
      for (let index = 0; index < WRITES; index += 1) {
        sent.push(write(index));
        if (index === WRITES / 2) run.child.kill('SIGTERM');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const answers = await Promise.all(sent);
      assert.equal(await run.exited, 0, run.output());
      const { rows } = await client.query<{ owner_subject: string }>(`select owner_subject from folder_item where owner_subject like 'test:load-%'`);
      await client.end();
      const saved = new Set(rows.map((row) => Number(row.owner_subject.slice('test:load-'.length))));
      assert.ok(saved.size > 0, 'some writes committed before the shutdown');
      const cut = answers.filter((answer) => saved.has(answer.index) && !answer.ok);
      assert.deepEqual(cut, [], 'every write that exists was answered as a success');
      assert.deepEqual(answers.filter((answer) => answer.ok && !saved.has(answer.index)), [], 'every success exists');
    } finally {
      agent.destroy();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
