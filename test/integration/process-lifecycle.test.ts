import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
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

describe('the service process', () => {
  it('stops at start-up on a bad variable, naming it', async () => {
    const run = runMain({ PORT: 'eighty' });
    assert.equal(await run.exited, 78);
    assert.match(run.output(), /PORT/);
  });

  it('drains and exits cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    try {
      const run = runMain({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', NODE_ENV: 'development' });
      const deadline = Date.now() + 30_000;
      while (!/serving GraphQL/.test(run.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/.exec(run.output());
      assert.ok(match, `the service started: ${run.output()}`);
      const inFlight = fetch(`${match[1]}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ providers { slug } }' }),
      });
      await new Promise((r) => setTimeout(r, 5));
      run.child.kill('SIGTERM');
      const response = await inFlight;
      assert.equal(response.status, 200, 'the in-flight request completes');
      assert.equal(await run.exited, 0);
      assert.match(run.output(), /Draining/);
    } finally {
      await database.drop();
    }
  });
});
