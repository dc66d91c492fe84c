import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { withAdmin } from '../support/databases';

/**
 * `npm run bench` at tiny sizes, so the benchmark cannot rot unnoticed: every scenario runs against
 * every server, the answers are checked as strictly as in a real run (same pages on both sides,
 * every lookup found, no GraphQL error in any load response), and the run cleans up after itself.
 * Speed is never asserted: the machine may be anything.
 */
const RUN = path.resolve(__dirname, '..', '..', 'bench', 'run.js');

interface BurstResult {
  applications: number;
  operations: { name: string; count: number }[];
  registryNumbers: Record<string, number>;
  errors: string[];
}

interface ResultRow {
  scenario: string;
  target: 'raw' | 'graphql-nocache' | 'graphql-cache';
  kind: string;
  publications?: number;
  result: { requests: number; non2xx: number; errors: number; timeouts: number; errorBodies: number; cacheHits: number; cacheMisses: number };
}

describe('the benchmark smoke', () => {
  it('runs every scenario on every server at tiny sizes, with checked answers, and leaves nothing behind', { timeout: 360_000 }, async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cataleg-bench-smoke-'));
    // The bench's throwaway key material goes under this TMPDIR, so the test can see it removed.
    const tmp = path.join(scratch, 'tmp');
    const resultsFile = path.join(scratch, 'results.json');
    const name = `cataleg_bench_smoke_${process.pid}`;
    try {
      mkdirSync(tmp);
      const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('BENCH_')));
      const child = spawn(process.execPath, [RUN], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...inherited, TMPDIR: tmp,
          BENCH_DATABASE_URL: process.env.TEST_DATABASE_ADMIN_URL, BENCH_DATABASE_NAME: name, BENCH_RESULTS_FILE: resultsFile,
          BENCH_RESOURCES: '100', BENCH_DURATION_SECONDS: '1', BENCH_WARMUP_SECONDS: '0', BENCH_CONNECTIONS: '2', BENCH_EXTRA_SCENARIOS: 'true',
          BENCH_PUBLISH_INTERVAL_MS: '250', BENCH_BURST_ENTITIES: '5', BENCH_BURST_CONCURRENCY: '2', BENCH_ABUSE_CLIENTS: '2',
          BENCH_WEBHOOK_CHANGES: '20', BENCH_WEBHOOK_SECONDS: '2', BENCH_WEBHOOK_DOWN_SECONDS: '1',
        },
      });
      let output = '';
      child.stdout.on('data', (chunk) => { output += chunk; });
      child.stderr.on('data', (chunk) => { output += chunk; });
      const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)));
      assert.equal(code, 0, `the bench exits 0:\n${output}`);

      const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
        published: number; rows: ResultRow[]; burst: BurstResult; problems: string[];
        abuse: { idsPerAlias: number; underAbuse: ResultRow['result']; abusers: { requests: number; failures: number } };
        webhooks: { changes: number; endpoints: number; delivered: number; expected: number; errors: string[] };
      };
      // The webhook fan-out: every change reached all 5 endpoints, verified and in order (else its errors say so).
      assert.deepEqual(results.webhooks.errors, []);
      assert.equal(results.webhooks.changes, 20);
      assert.equal(results.webhooks.expected, 100);
      assert.equal(results.webhooks.delivered, 100);
      assert.ok(results.published >= 100, `at least 100 published fitxes, got ${results.published}`);
      assert.deepEqual(results.problems, []);
      const expected = ['list', 'listByCode', 'lookup', 'mixed'].flatMap((kind) => ['raw', 'graphql-nocache', 'graphql-cache'].map((target) => `${target} ${kind}`));
      assert.deepEqual(results.rows.map((row) => `${row.target} ${row.kind}`).sort(), expected.sort(), 'every scenario against every server');
      for (const { scenario, target, kind, result, publications } of results.rows) {
        assert.ok(result.requests > 0, `${scenario}: some requests were answered`);
        assert.deepEqual([result.non2xx, result.errors, result.timeouts, result.errorBodies], [0, 0, 0, 0], `${scenario}: no failed request`);
        // Publications go on while the mixed traffic runs (the bench counts a failed one as a problem).
        if (kind === 'mixed') assert.ok(publications! > 0, `${scenario}: fitxes were published during the run`);
        if (target === 'graphql-cache') {
          // Random traffic with publications emptying the cache may miss every time in one second.
          if (kind !== 'mixed') assert.ok(result.cacheHits > 0, `${scenario}: the response cache answered`);
          assert.equal(result.cacheHits + result.cacheMisses, result.requests, `${scenario}: every answer says whether it came from the cache`);
        } else if (target === 'graphql-nocache') {
          assert.equal(result.cacheHits, 0, `${scenario}: no cache hit with the cache off`);
        }
      }
      // The abuse: abusers sent the costliest accepted query while the mixed traffic was answered without failure.
      assert.ok(results.abuse.idsPerAlias > 0);
      assert.ok(results.abuse.abusers.requests > 0, 'the abusers sent requests');
      assert.equal(results.abuse.abusers.failures, 0, 'abusers get 200, 429 or 503, never a 500 or a reset');
      assert.ok(results.abuse.underAbuse.requests > 0);
      assert.match(output, /## Abuse\n\n2 anonymous clients, each from its own address, sent 15 aliases of `nodes` over \d+ IDs/);
      assert.match(output, /p99 under abuse ÷ quiet p99: [\d.]+ \(target ≤ 3\)/);
      // The application burst: every representative submitted, numbered without gaps, with no error.
      const { burst } = results;
      assert.deepEqual(burst.errors, []);
      assert.equal(burst.applications, 5);
      assert.deepEqual(burst.operations.map((o) => [o.name, o.count]), [
        'startApplication', 'updateApplicantDetails', 'selectServices', 'setAgreementDate', 'acceptConditions', 'signingPayload', 'submitApplication',
      ].map((name) => [name, 5]));
      assert.equal(Object.values(burst.registryNumbers).reduce((a, b) => a + b, 0), 5, 'five registry numbers');
      assert.match(output, /## Application burst\n\n5 applications in [\d.]+ s: [\d.]+ applications per second, 2 at a time/);
      assert.match(output, /\| submitApplication \| 5 \| \d+ \| \d+ \|/);
      assert.match(output, /## Results \(\d{4}-\d{2}-\d{2}; \d+ published fitxes; 2 connections, 1 s per scenario/);
      assert.match(output, /\| GraphQL lookup, cache on \| \d+ \|/);
      assert.match(output, /\| GraphQL mixed traffic, cache on \| \d+ \| .* \| \d+\/\d+ \(\d+ %\) \|/, 'the cache hit rate of the mixed traffic');

      assert.deepEqual(readdirSync(tmp), [], 'the throwaway keys and secrets are removed');
      const left = await withAdmin((client) => client.query('select 1 from pg_database where datname = $1', [name]));
      assert.equal(left.rowCount, 0, 'the bench database is dropped');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`)).catch(() => undefined);
    }
  });
});
