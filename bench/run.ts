/**
 * `npm run bench`: seeds ≥ 10,000 published fitxes in a fresh database, then measures with
 * autocannon the catalogue list, the lookup by code and the mixed public traffic (with a
 * publication every 5 s) of the real service (response cache on and off) and of a minimal
 * `node:http` + `pg` endpoint running the same SQL. See BENCHMARKS.md.
 *
 * Environment: BENCH_DATABASE_URL (a server to create the bench database on; default: embedded
 * PostgreSQL), BENCH_RESOURCES (10000), BENCH_DURATION_SECONDS (10), BENCH_WARMUP_SECONDS (3),
 * BENCH_CONNECTIONS (10), BENCH_EXTRA_SCENARIOS (false: also the list ordered by code),
 * BENCH_CPU_PROFILE (a folder: the servers write V8 CPU profiles there, for Chrome DevTools),
 * BENCH_PUBLISH_INTERVAL_MS (5000: between publications during the mixed traffic),
 * BENCH_DATABASE_NAME (cataleg_bench), BENCH_RESULTS_FILE (also write the results there as JSON),
 * BENCH_BURST_ENTITIES (947: ajuntaments in the application burst; 0 skips it), BENCH_BURST_CONCURRENCY (20),
 * BENCH_ABUSE_CLIENTS (10: abusers sending the costliest accepted query during a second mixed run, cache on; 0 skips it),
 * BENCH_WEBHOOK_CHANGES (1000: status changes in the webhook fan-out; 0 skips it), BENCH_WEBHOOK_SECONDS (60),
 * BENCH_WEBHOOK_DOWN_SECONDS (30: how long one of the 5 endpoints answers 503 at the start).
 */
import 'reflect-metadata';
import { ChildProcess, fork, Serializable } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { AbuseResult, costliestAcceptedQuery, startAbuse } from './abuse';
import { BenchDatabase, startBenchDatabase } from './bench-database';
import { BurstResult, prepareBurst, runBurst } from './application-burst';
import { benchMaterial, benchProductionEnv, removeBenchMaterial } from './bench-env';
import { seedBench, SeedSummary } from './bulk-seed';
import { coverageKeys, Draw, drawStream, graphqlMixedRequest, mixedCoverage, loadMixedUniverse, mixedAnswer, MixedUniverse, rawMixedRequest } from './mixed-traffic';
import { openPublisher, Publisher } from './publisher';
import { runWebhookFanout, WEBHOOK_BENCH_ENV, WEBHOOK_EDITORS, WebhookFanoutResult, webhookFanoutTable } from './webhook-fanout';
import {
  graphqlRequests, Kind, KINDS, load, LoadOptions, LookupCode, Measurement, rawRequests, Request, Verified, verifyGraphQL, verifyRaw,
} from './scenarios';

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number between ${min} and ${max}`);
  return value;
}

const settings = {
  resources: integer('BENCH_RESOURCES', 10_000, 100, 200_000),
  seconds: integer('BENCH_DURATION_SECONDS', 10, 1, 600),
  warmup: integer('BENCH_WARMUP_SECONDS', 3, 0, 120),
  connections: integer('BENCH_CONNECTIONS', 10, 1, 500),
  extra: /^(1|true|yes|on)$/i.test(process.env.BENCH_EXTRA_SCENARIOS ?? ''),
  publishIntervalMs: integer('BENCH_PUBLISH_INTERVAL_MS', 5000, 100, 600_000),
  burstEntities: integer('BENCH_BURST_ENTITIES', 947, 0, 947),
  burstConcurrency: integer('BENCH_BURST_CONCURRENCY', 20, 1, 200),
  abuseClients: integer('BENCH_ABUSE_CLIENTS', 10, 0, 200),
  webhookChanges: integer('BENCH_WEBHOOK_CHANGES', 1000, 0, 100_000),
  webhookSeconds: integer('BENCH_WEBHOOK_SECONDS', 60, 1, 3600),
  webhookDownSeconds: integer('BENCH_WEBHOOK_DOWN_SECONDS', 30, 0, 3600),
  poolMax: 10,
};

const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);

// ── Servers under test, each in a child process of its own ───────────────────────────────────

interface Child {
  url: string;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();

function startChild(message: Serializable, label: string): Promise<Child> {
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`] : [];
  const child = fork(path.join(__dirname, 'server-process.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: profile });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    if (child.connected) child.send({ stop: true });
    else child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${label} did not start within 60 s`));
    }, 60_000);
    child.on('message', (reply: { ready?: boolean; url?: string; failed?: string }) => {
      if (reply.ready && reply.url) {
        clearTimeout(timer);
        resolve({ url: reply.url, stop });
      } else if (reply.failed) {
        clearTimeout(timer);
        void stop();
        reject(new Error(`${label} failed to start:\n${reply.failed}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with code ${code} before it was ready`));
    });
    child.send(message);
  });
}

// ── Scenarios ───────────────────────────────────────────────────────────────────────────────

interface Row {
  scenario: string;
  target: 'graphql-cache' | 'graphql-nocache' | 'raw';
  kind: Kind;
  result: Measurement;
  /** Mixed traffic: publications done during the measured run. */
  publications?: number;
}

const warmupProblems: string[] = [];
const failures = (m: Measurement) => m.non2xx + m.errors + m.timeouts + m.errorBodies;
const describeFailures = (m: Measurement) =>
  `non-2xx ${m.non2xx}, connection errors ${m.errors}, timeouts ${m.timeouts}, GraphQL errors ${m.errorBodies}`;

type Requests = Request[] | (() => Request);

async function measure(label: string, url: string, requests: Requests, options: LoadOptions, warmupRequests: Requests = requests): Promise<Measurement> {
  if (settings.warmup > 0) {
    log(`${label}: warm-up ${settings.warmup} s`);
    const warm = await load(url, warmupRequests, { ...options, seconds: settings.warmup });
    if (failures(warm)) {
      warmupProblems.push(`${label} warm-up (${describeFailures(warm)})`);
      log(`  warm-up problems: ${describeFailures(warm)}`);
    }
  }
  log(`${label}: ${options.seconds} s with ${options.connections} connections`);
  const result = await load(url, requests, options);
  log(`  ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.requests} requests` +
    `, non-2xx ${result.non2xx}, errors ${result.errors}, GraphQL errors ${result.errorBodies}` +
    (result.cacheHits + result.cacheMisses ? `, cache hits ${hitRate(result)}` : ''));
  return result;
}

const hitRate = (r: Measurement) => `${r.cacheHits}/${r.cacheHits + r.cacheMisses} (${(100 * r.cacheHits / (r.cacheHits + r.cacheMisses)).toFixed(0)} %)`;

// ── Mixed public traffic (mixed-traffic.ts) ─────────────────────────────────────────────────

/**
 * Draws checked on every endpoint before any load (the raw endpoint's answers are the reference):
 * at least 40, and as many as it takes for every kind of draw to come up twice (see mixedCoverage).
 */
const MIXED_CHECKS = 40;
const MIXED_SEED = 20261130;
const mixedChecks: { draw: Draw; answer?: string }[] = [];

async function verifyMixed(endpoint: 'graphql' | 'raw', url: string, universe: MixedUniverse): Promise<void> {
  if (mixedChecks.length === 0) {
    const draws = drawStream(universe, MIXED_SEED + 1);
    const seen = new Map<string, number>();
    const wanted = mixedCoverage(universe);
    while (mixedChecks.length < MIXED_CHECKS || wanted.some((key) => (seen.get(key) ?? 0) < 2)) {
      if (mixedChecks.length >= 5000) throw new Error(`The mixed traffic never draws ${wanted.filter((key) => (seen.get(key) ?? 0) < 2).join(', ')}`);
      const draw = draws();
      for (const key of coverageKeys(draw)) seen.set(key, (seen.get(key) ?? 0) + 1);
      mixedChecks.push({ draw });
    }
  }
  for (const check of mixedChecks) {
    const request = endpoint === 'graphql' ? graphqlMixedRequest(check.draw) : rawMixedRequest(check.draw);
    const response = await fetch(`${url}${request.path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: request.body, signal: AbortSignal.timeout(30_000),
    });
    if (response.status !== 200) throw new Error(`Verification failed: ${endpoint} mixed ${request.body} answered ${response.status}: ${(await response.text()).slice(0, 1000)}`);
    const answer = mixedAnswer(check.draw, endpoint, await response.json());
    if (check.answer === undefined) check.answer = answer;
    else if (check.answer !== answer) {
      throw new Error(`Verification failed: mixed ${JSON.stringify(check.draw)}: the ${endpoint} and raw answers differ\n  ${endpoint}: ${answer}\n  raw: ${check.answer}`);
    }
  }
}

const publicationProblems: string[] = [];

/** The mixed traffic, one stream of draws shared by all connections, while the publisher publishes. */
async function measureMixed(label: string, endpoint: 'graphql' | 'raw', url: string, universe: MixedUniverse, publisher: Publisher, options: LoadOptions) {
  const stream = (seed: number) => {
    const draws = drawStream(universe, seed);
    return () => (endpoint === 'graphql' ? graphqlMixedRequest : rawMixedRequest)(draws());
  };
  publisher.start(settings.publishIntervalMs);
  let result: Measurement;
  let stopped: Awaited<ReturnType<Publisher['stop']>>;
  try {
    // The warm-up draws another sequence, so it does not fill the cache with the measured requests.
    result = await measure(label, url, stream(MIXED_SEED), options, stream(MIXED_SEED + 2));
  } finally {
    stopped = await publisher.stop();
    publicationProblems.push(...stopped.failures.map((failure) => `${label}: ${failure}`));
    log(`  ${stopped.publications} publications during ${label} (one every ${settings.publishIntervalMs} ms, warm-up included)`);
  }
  return { result, publications: stopped.publications };
}

/** The GraphQL page must hold the same fitxes, in the same order, with the same nested items, as the raw one. */
function samePage(a: Verified, b: Verified, what: string): void {
  if (a.total !== b.total || a.page.join() !== b.page.join()) {
    throw new Error(`${what}: the GraphQL and raw pages differ\n  GraphQL (${a.total}):\n    ${a.page.join('\n    ')}\n  raw (${b.total}):\n    ${b.page.join('\n    ')}`);
  }
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────

const NAMES: Record<Row['target'], string> = {
  'graphql-cache': 'GraphQL, response cache on',
  'graphql-nocache': 'GraphQL, response cache off',
  raw: 'raw node:http + pg',
};

const LABELS: Record<Kind, string> = { list: 'list', listByCode: 'list by code', lookup: 'lookup', mixed: 'mixed traffic' };

function table(rows: Row[]): string {
  const lines = [
    '| Scenario | req/s | p50 (ms) | p99 (ms) | requests | KiB/response | cache hits | non-2xx | errors (conn./GraphQL) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { scenario, result: r } of rows) {
    const hits = r.cacheHits + r.cacheMisses ? hitRate(r) : '—';
    lines.push(`| ${scenario} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.requests} | ` +
      `${(r.bytesPerResponse / 1024).toFixed(1)} | ${hits} | ${r.non2xx} | ${r.errors + r.timeouts}/${r.errorBodies} |`);
  }
  return lines.join('\n');
}

function ratios(rows: Row[]): string {
  const find = (target: Row['target'], kind: Kind) => rows.find((r) => r.target === target && r.kind === kind)?.result;
  const kinds = KINDS.filter((kind) => rows.some((r) => r.kind === kind));
  const lines = [`| Ratio (GraphQL ÷ raw, req/s) | ${kinds.map((k) => LABELS[k]).join(' | ')} |`, `|---|${kinds.map(() => '---:').join('|')}|`];
  for (const target of ['graphql-cache', 'graphql-nocache'] as const) {
    const cell = (kind: Kind) => {
      const a = find(target, kind);
      const b = find('raw', kind);
      return a && b && b.requestsPerSecond > 0 ? (a.requestsPerSecond / b.requestsPerSecond).toFixed(2) : 'n/a';
    };
    lines.push(`| ${NAMES[target]} | ${kinds.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' / ');
const loadBefore = loadAverage();

async function machine(databaseUrl: string, database: BenchDatabase): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let version: string;
  try {
    version = (await client.query<{ server_version: string }>('show server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
  const cpus = os.cpus();
  return [
    `CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} logical cores (available parallelism ${os.availableParallelism()})`,
    `Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `OS: ${os.type()} ${os.release()} ${os.arch()}`,
    `Node.js: ${process.version}`,
    `PostgreSQL: ${version} — ${database.label}`,
    `Load average (1/5/15 min): ${loadBefore} at start, ${loadAverage()} at the end (other processes share the machine)`,
  ];
}

/** The real service in production configuration, as every GraphQL scenario runs it. */
async function serviceEnv(databaseUrl: string, cache: 'true' | 'false'): Promise<Record<string, string>> {
  return {
    NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false',
    MIGRATE_ON_START: 'false', LOG_LEVEL: 'warn', RESPONSE_CACHE: cache, DATABASE_POOL_MAX: String(settings.poolMax),
    PUBLIC_BASE_URL: 'https://cataleg.example.cat', ...(await benchProductionEnv()),
  };
}

// ── Application burst (application-burst.ts) ────────────────────────────────────────────────

async function measureBurst(databaseUrl: string): Promise<BurstResult> {
  const service = await startChild({ start: 'graphql', env: await serviceEnv(databaseUrl, 'true') }, 'GraphQL for the application burst');
  try {
    log(`Application burst: preparing up to ${settings.burstEntities} representatives (NIFs imported, tokens, certificates)`);
    const applicants = await prepareBurst(service.url, databaseUrl, await benchMaterial(), settings.burstEntities, log);
    log(`Application burst: ${applicants.length} applications, ${settings.burstConcurrency} at a time`);
    const result = await runBurst(service.url, databaseUrl, applicants, settings.burstConcurrency);
    log(`  ${result.applications} applications in ${result.seconds.toFixed(1)} s (${result.applicationsPerSecond.toFixed(1)} per second), ${result.errors.length} errors`);
    return result;
  } finally {
    await service.stop();
  }
}

// ── Webhook fan-out (webhook-fanout.ts) ─────────────────────────────────────────────────────

async function measureWebhooks(databaseUrl: string): Promise<WebhookFanoutResult> {
  const service = await startChild({ start: 'graphql', env: { ...await serviceEnv(databaseUrl, 'true'), ...WEBHOOK_BENCH_ENV } }, 'GraphQL for the webhook fan-out');
  try {
    const token = await (await benchMaterial()).token({
      sub: 'bench-webhook-admin', name: 'Bench admin', nif: '00000000T', certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' }, roles: ['admin:diba', 'editor:diba'],
    });
    // The changes come from several editors (distinct subjects, so distinct clients for the
    // service's per-client share of the database pool), as that many changes would in reality.
    const editorTokens = await Promise.all(Array.from({ length: WEBHOOK_EDITORS }, async (_unused, n) => {
      const number = 10_000_001 + n;
      return (await benchMaterial()).token({
        sub: `bench-webhook-editor-${n + 1}`, name: `Bench editor ${n + 1}`, nif: `${number}${'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}`,
        certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' }, roles: ['editor:diba'],
      });
    }));
    log(`Webhook fan-out: ${settings.webhookChanges} status changes in ${settings.webhookSeconds} s by ${WEBHOOK_EDITORS} editors, 5 endpoints, one down for ${settings.webhookDownSeconds} s`);
    const result = await runWebhookFanout(service.url, databaseUrl, token, editorTokens, {
      changes: settings.webhookChanges, seconds: settings.webhookSeconds, downSeconds: settings.webhookDownSeconds, provider: 'diba',
      // 20 changes per fitxa at full size (50 fitxes), at least two fitxes in the smoke.
      fitxes: Math.min(50, Math.max(2, Math.floor(settings.webhookChanges / 20))),
    });
    log(`  ${result.delivered} of ${result.expected} deliveries in ${result.seconds.toFixed(1)} s, p50 ${result.latency.upP50} ms / p99 ${result.latency.upP99} ms (endpoints up), ${result.errors.length} errors`);
    return result;
  } finally {
    await service.stop();
  }
}

function burstTable(burst: BurstResult): string {
  const lines = [
    `${burst.applications} applications in ${burst.seconds.toFixed(1)} s: ${burst.applicationsPerSecond.toFixed(1)} applications per second, ` +
      `${burst.concurrency} at a time. Registry numbers without gaps: ${Object.entries(burst.registryNumbers).map(([prefix, n]) => `${prefix} 1–${n}`).join(', ')}.`,
    '',
    '| Operation | count | p50 (ms) | p99 (ms) |',
    '|---|---:|---:|---:|',
    ...burst.operations.map((o) => `| ${o.name} | ${o.count} | ${o.p50} | ${o.p99} |`),
  ];
  return lines.join('\n');
}

// ── Abuse (abuse.ts) ──────────────────────────────────────────────────────────────────────────

interface Abuse {
  /** IDs per alias of the costliest accepted query (15 aliases of nodes(ids)). */
  idsPerAlias: number;
  quiet: Measurement;
  underAbuse: Measurement;
  abusers: AbuseResult;
}

function abuseReport(abuse: Abuse): string {
  const ratio = abuse.quiet.p99 > 0 ? abuse.underAbuse.p99 / abuse.quiet.p99 : NaN;
  const statuses = Object.entries(abuse.abusers.statuses).map(([status, n]) => `${n} × ${status}`).join(', ');
  return [
    `${abuse.abusers.clients} anonymous clients, each from its own address, sent 15 aliases of \`nodes\` over ${abuse.idsPerAlias} IDs ` +
      `(the costliest query the limits accept) back to back: ${abuse.abusers.requests} requests (${statuses}).`,
    '',
    '| Mixed traffic, cache on | req/s | p50 (ms) | p99 (ms) | requests | non-2xx |',
    '|---|---:|---:|---:|---:|---:|',
    ...([['quiet', abuse.quiet], ['under abuse', abuse.underAbuse]] as const).map(([label, r]) =>
      `| ${label} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.non2xx} |`),
    '',
    `p99 under abuse ÷ quiet p99: ${ratio.toFixed(2)} (target ≤ 3).`,
  ].join('\n');
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────

let database: BenchDatabase | undefined;
let publisher: Publisher | undefined;
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, children.size ? 500 : 0));
    for (const child of children) child.kill('SIGKILL');
    await publisher?.close().catch((error) => console.error('Could not close the publisher:', error));
    await database?.dispose().catch((error) => console.error('Could not remove the bench database:', error));
    await removeBenchMaterial();
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and removing the bench database`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  if (settings.resources < 10_000) log(`BENCH_RESOURCES=${settings.resources}: below the 10,000 the figures are meant for`);
  database = await startBenchDatabase(log);
  const seed: SeedSummary = await seedBench(database.url, settings.resources, log);
  log(`Seeded ${seed.published} published fitxes (from ${seed.seededFitxes} seed fitxes) in ${seed.seconds.toFixed(1)} s: ` +
    seed.byProvider.map((p) => `${p.slug} ${p.count}`).join(', '));
  const codes: LookupCode[] = seed.lookupCodes;
  log(`Lookup codes: ${codes.map((c) => `${c.provider}/${c.code}`).join(', ')}`);

  const options: LoadOptions = { connections: settings.connections, seconds: settings.seconds };
  const rows: Row[] = [];
  let abuse: Abuse | undefined;
  const kinds: Kind[] = settings.extra ? ['list', 'listByCode', 'lookup'] : ['list', 'lookup'];
  const listKinds = kinds.filter((kind) => kind !== 'lookup');
  const universe = await loadMixedUniverse(database.url);
  log(`Mixed traffic over ${universe.codes.length} codes, ${universe.searchTerms.length} search terms, ${universe.areas.length} areas, ` +
    `${universe.programmes.length} programmes, ${universe.catalogues.length} catalogues, ${universe.days.length} days; a publication every ${settings.publishIntervalMs} ms`);
  publisher = await openPublisher(database.url);

  // The raw endpoint first: its page is the reference the GraphQL pages must match.
  const raw = await startChild({ start: 'raw', databaseUrl: database.url, poolMax: settings.poolMax, textSearchConfig: seed.textSearchConfig }, 'raw endpoint');
  let reference: Map<Kind, Verified>;
  try {
    reference = await verifyRaw(raw.url, codes, listKinds);
    await verifyMixed('raw', raw.url, universe);
    log(`raw endpoint at ${raw.url}: verified (${reference.get('list')!.total} fitxes, page of ${reference.get('list')!.page.length}; ${mixedChecks.length} mixed requests)`);
    for (const kind of kinds) {
      const scenario = `raw ${LABELS[kind]}`;
      rows.push({ scenario, target: 'raw', kind, result: await measure(scenario, raw.url, rawRequests(kind, codes), options) });
    }
    const mixed = await measureMixed('raw mixed traffic', 'raw', raw.url, universe, publisher, options);
    rows.push({ scenario: 'raw mixed traffic', target: 'raw', kind: 'mixed', ...mixed });
  } finally {
    await raw.stop();
  }

  for (const [target, cache] of [['graphql-nocache', 'false'], ['graphql-cache', 'true']] as const) {
    const service = await startChild({ start: 'graphql', env: await serviceEnv(database.url, cache) }, NAMES[target]);
    try {
      const verified = await verifyGraphQL(service.url, codes, listKinds);
      for (const kind of listKinds) {
        const page = verified.get(kind)!;
        samePage(page, reference.get(kind)!, `${NAMES[target]}, ${kind}`);
        if (cache === 'true' && page.cacheHeader !== 'hit') throw new Error(`The repeated ${kind} request was not a cache hit (x-cache: ${page.cacheHeader})`);
      }
      await verifyMixed('graphql', service.url, universe);
      log(`${NAMES[target]} at ${service.url}/graphql: verified (same page as raw${cache === 'true' ? ', repeated request served from cache' : ''}; ` +
        `the same answers as raw to ${mixedChecks.length} mixed requests)`);
      for (const kind of kinds) {
        const scenario = `GraphQL ${LABELS[kind]}, cache ${cache === 'true' ? 'on' : 'off'}`;
        rows.push({ scenario, target, kind, result: await measure(scenario, service.url, graphqlRequests(kind, codes), options) });
      }
      const scenario = `GraphQL mixed traffic, cache ${cache === 'true' ? 'on' : 'off'}`;
      const mixed = await measureMixed(scenario, 'graphql', service.url, universe, publisher, options);
      rows.push({ scenario, target, kind: 'mixed', ...mixed });
      if (cache === 'true' && settings.abuseClients > 0) {
        const abuseQuery = await costliestAcceptedQuery(service.url);
        log(`Abuse: ${settings.abuseClients} clients, 15 × nodes over ${abuseQuery.ids.length} IDs, while the mixed traffic runs again`);
        const abusers = startAbuse(service.url, abuseQuery, settings.abuseClients);
        let underAbuse: Awaited<ReturnType<typeof measureMixed>> | undefined;
        try {
          underAbuse = await measureMixed('GraphQL mixed traffic under abuse, cache on', 'graphql', service.url, universe, publisher, options);
        } finally {
          const result = await abusers.stop();
          log(`  abusers: ${result.requests} requests, ${JSON.stringify(result.statuses)}`);
          if (underAbuse) abuse = { idsPerAlias: abuseQuery.ids.length, quiet: mixed.result, underAbuse: underAbuse.result, abusers: result };
        }
      }
    } finally {
      await service.stop();
    }
  }

  // Last: it writes applications, which the catalogue scenarios never read.
  const burst = settings.burstEntities > 0 ? await measureBurst(database.url) : undefined;
  // After everything else: its subscriptions would otherwise receive the other scenarios' changes.
  const webhooks = settings.webhookChanges > 0 ? await measureWebhooks(database.url) : undefined;

  const order = (row: Row) => KINDS.indexOf(row.kind) * 10 + ['raw', 'graphql-nocache', 'graphql-cache'].indexOf(row.target);
  rows.sort((a, b) => order(a) - order(b));
  const problems = [...rows.filter((r) => failures(r.result)).map((r) => `${r.scenario} (${describeFailures(r.result)})`), ...warmupProblems, ...publicationProblems,
    ...(burst?.errors.map((error) => `application burst: ${error}`) ?? []), ...(webhooks?.errors.map((error) => `webhook fan-out: ${error}`) ?? []),
    ...(abuse && failures(abuse.underAbuse) ? [`mixed traffic under abuse (${describeFailures(abuse.underAbuse)})`] : []),
    ...(abuse?.abusers.failures ? [`abusers: ${abuse.abusers.failures} answers neither 200, 429 nor 503 (${JSON.stringify(abuse.abusers.statuses)})`] : [])];
  const info = await machine(database.url, database);

  console.log('\n## Machine\n');
  for (const line of info) console.log(`- ${line}`);
  console.log(`\n## Results (${new Date().toISOString().slice(0, 10)}; ${seed.published} published fitxes; ${settings.connections} connections, ` +
    `${settings.seconds} s per scenario after ${settings.warmup} s warm-up; page of 20)\n`);
  console.log(table(rows));
  console.log('');
  console.log(ratios(rows));
  if (abuse) console.log(`\n## Abuse\n\n${abuseReport(abuse)}`);
  if (burst) console.log(`\n## Application burst\n\n${burstTable(burst)}`);
  if (webhooks) console.log(`\n## Webhook fan-out\n\n${webhookFanoutTable(webhooks)}`);
  if (problems.length) {
    console.log(`\n⚠ Failed requests: ${problems.join('; ')}`);
    process.exitCode = 1;
  }
  console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // For the CI smoke (test/integration/bench-smoke.test.ts): what ran and what failed, never judged on speed.
  if (process.env.BENCH_RESULTS_FILE) {
    writeFileSync(process.env.BENCH_RESULTS_FILE, JSON.stringify({ settings, published: seed.published, rows, burst, abuse, webhooks, problems }, null, 2));
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanup().finally(() => process.exit()));
