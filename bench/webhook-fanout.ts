/**
 * "Webhook fan-out": `changes` status changes of published fitxes (withdrawn and published again,
 * one after the other per fitxa, spread over `seconds`) with 5 subscribed endpoints, the last of
 * which answers 503 for its first `downSeconds`. Each endpoint verifies every request with the
 * `standardwebhooks` package, as a receiver would. Reported: delivery latency (from the answer to
 * the mutation to the arrival) p50/p99, for the endpoints that were up and for the one that was
 * down; and checked: every event arrived at every endpoint, once as delivered, in order per fitxa.
 * The changes come from WEBHOOK_EDITORS editors (distinct token subjects), each looking after their
 * own share of the fitxes, as a thousand changes a minute would in reality: the service lets one
 * client hold only part of the database pool (DATABASE_POOL_CLIENT_SHARE), so a single editor
 * sending them all would be, rightly, told to wait and then refused.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { toGlobalId } from '../src/graphql/global-id';

export interface WebhookFanoutResult {
  changes: number;
  endpoints: number;
  seconds: number;
  downSeconds: number;
  /** Deliveries that arrived (first arrival of each webhook-id per endpoint) out of changes × endpoints. */
  delivered: number;
  expected: number;
  /** Requests beyond the first successful one for a webhook-id (at-least-once shows here). */
  duplicates: number;
  latency: { upP50: number; upP99: number; downP50: number; downP99: number };
  errors: string[];
}

interface Arrival { endpoint: number; messageId: string; object: string; version: number; type: string; at: number }

const ENDPOINTS = 5;
/** How many editors send the status changes; run.ts mints one token per editor. */
export const WEBHOOK_EDITORS = 10;
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json() as any;
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  const payload = Object.values(body.data)[0] as any;
  if (payload?.userErrors?.length) throw new Error(`User errors: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

/** The environment the service under test needs for this scenario (added to the production one). */
export const WEBHOOK_BENCH_ENV = {
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_REQUIRE_HTTPS: 'false', WEBHOOK_POLL_INTERVAL_MS: '200',
  WEBHOOK_RETRY_BASE_MS: '1000', WEBHOOK_RETRY_MAX_INTERVAL_MS: '5000', WEBHOOK_CONCURRENCY: '10',
};

/**
 * `token` creates the subscriptions and checks the fitxes; `editorTokens` (distinct subjects) make
 * the changes, fitxa i always by editor i mod their number.
 */
export async function runWebhookFanout(
  serviceUrl: string, databaseUrl: string, token: string, editorTokens: string[],
  options: { changes: number; seconds: number; downSeconds: number; provider: string; fitxes: number },
): Promise<WebhookFanoutResult> {
  const errors: string[] = [];
  const arrivals: Arrival[] = [];
  let duplicates = 0;
  const seen = new Set<string>();
  const secrets: string[] = [];
  let downUntil = Number.POSITIVE_INFINITY;
  const servers = await Promise.all(Array.from({ length: ENDPOINTS }, (_unused, endpoint) => new Promise<http.Server>((resolve) => {
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        const down = endpoint === ENDPOINTS - 1 && Date.now() < downUntil;
        if (down) return void response.writeHead(503).end();
        const body = Buffer.concat(chunks).toString('utf8');
        try {
          const message = new Webhook(secrets[endpoint]).verify(body, request.headers as Record<string, string>) as any;
          const messageId = String(request.headers['webhook-id']);
          const key = `${endpoint}:${messageId}`;
          if (seen.has(key)) duplicates += 1;
          else {
            seen.add(key);
            arrivals.push({ endpoint, messageId, object: message.data.object.id, version: message.data.version, type: message.type, at: Date.now() });
          }
          response.writeHead(204).end();
        } catch (error) {
          errors.push(`endpoint ${endpoint}: a request did not verify (${(error as Error).message})`);
          response.writeHead(400).end();
        }
      });
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  })));
  try {
    for (const [endpoint, server] of servers.entries()) {
      const { port } = server.address() as AddressInfo;
      const created = await graphql(serviceUrl, token, `mutation($input: CreateWebhookSubscriptionInput!) {
        createWebhookSubscription(input: $input) { secret userErrors { code field } } }`,
      { input: { provider: options.provider, url: `http://127.0.0.1:${port}/hook/${endpoint}`, topics: ['resource.*'], description: `Bench ${endpoint}` } });
      secrets[endpoint] = created.secret;
    }
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    let candidates: { id: string }[];
    try {
      // More candidates than needed: some bulk-seeded fitxes would not pass the publication check.
      candidates = (await client.query<{ id: string }>(`select r.id from resource r join provider p on p.id = r.provider_id
        where p.slug = $1 and r.status = 'PUBLISHED' order by r.code limit $2`, [options.provider, options.fitxes * 4])).rows;
    } finally {
      await client.end();
    }
    if (editorTokens.length === 0) throw new Error('no editor token');
    // Only fitxes that can be toggled: withdrawn, then published again, which the service refuses
    // for a draft that fails its publication check (asked as an editor would, before publishing).
    const fitxes: { id: string }[] = [];
    for (const candidate of candidates) {
      if (fitxes.length >= options.fitxes) break;
      const node = await graphql(serviceUrl, token, `query($id: ID!) { node(id: $id) { ... on Resource { publicationCheck { publishable } } } }`,
        { id: toGlobalId('Resource', candidate.id) });
      if (node?.publicationCheck?.publishable) fitxes.push(candidate);
    }
    if (fitxes.length === 0) throw new Error(`no published fitxa of ${options.provider} that could be published again`);

    // The changes: fitxa by fitxa in turn, each withdrawn then published again, paced evenly.
    const committedAt = new Map<string, number>();
    const intervalMs = (options.seconds * 1000) / options.changes;
    const start = Date.now();
    downUntil = start + options.downSeconds * 1000;
    const perFitxa = fitxes.map(() => Promise.resolve());
    // Each fitxa's status as its last answered change left it: the next change toggles that, so a
    // failed change is reported once instead of making every later change of the fitxa fail too.
    const published = fitxes.map(() => true);
    for (let change = 0; change < options.changes; change += 1) {
      const index = change % fitxes.length;
      const wait = start + change * intervalMs - Date.now();
      if (wait > 0) await sleep(wait);
      const id = toGlobalId('Resource', fitxes[index].id);
      const editorToken = editorTokens[index % editorTokens.length];
      // One change at a time per fitxa (its row is locked anyway, and the check below wants its
      // events in order); fitxes in parallel.
      perFitxa[index] = perFitxa[index].then(async () => {
        const action = published[index] ? 'unpublishResource' : 'publishResource';
        const payload = await graphql(serviceUrl, editorToken, `mutation($input: ResourcePublicationInput!) { ${action}(input: $input) {
          resource { version } userErrors { code } } }`, { input: { resourceId: id } });
        published[index] = action === 'publishResource';
        committedAt.set(`${id}:${payload.resource.version}`, Date.now());
      }).catch((error) => { errors.push(`change ${change}: ${(error as Error).message}`); });
    }
    await Promise.all(perFitxa);
    const changesDone = committedAt.size;
    const expected = changesDone * ENDPOINTS;
    const deadline = Date.now() + Math.max(60_000, options.downSeconds * 1000 + 30_000);
    while (arrivals.length < expected && Date.now() < deadline) await sleep(100);
    const seconds = (Date.now() - start) / 1000;

    if (arrivals.length < expected) errors.push(`${expected - arrivals.length} of ${expected} deliveries did not arrive`);
    for (let endpoint = 0; endpoint < ENDPOINTS; endpoint += 1) {
      const lastVersion = new Map<string, number>();
      for (const arrival of arrivals.filter((a) => a.endpoint === endpoint)) {
        if ((lastVersion.get(arrival.object) ?? -1) >= arrival.version) errors.push(`endpoint ${endpoint}: ${arrival.object} version ${arrival.version} after ${lastVersion.get(arrival.object)}`);
        lastVersion.set(arrival.object, arrival.version);
      }
    }
    const latencies = (down: boolean) => arrivals
      .filter((arrival) => (arrival.endpoint === ENDPOINTS - 1) === down)
      .map((arrival) => arrival.at - (committedAt.get(`${arrival.object}:${arrival.version}`) ?? arrival.at))
      .sort((a, b) => a - b);
    const up = latencies(false);
    const down = latencies(true);
    return {
      changes: changesDone, endpoints: ENDPOINTS, seconds, downSeconds: options.downSeconds, delivered: arrivals.length, expected, duplicates,
      latency: { upP50: percentile(up, 50), upP99: percentile(up, 99), downP50: percentile(down, 50), downP99: percentile(down, 99) },
      errors,
    };
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

export function webhookFanoutTable(result: WebhookFanoutResult): string {
  return [
    `${result.changes} status changes of published fitxes in ${result.seconds.toFixed(1)} s to ${result.endpoints} endpoints ` +
      `(the last one down for the first ${result.downSeconds} s): ${result.delivered} of ${result.expected} deliveries arrived, verified and in order per fitxa` +
      `${result.duplicates ? ` (${result.duplicates} repeated)` : ''}.`,
    '',
    '| Endpoints | delivery latency p50 (ms) | p99 (ms) |',
    '|---|---:|---:|',
    `| the ${result.endpoints - 1} that were up | ${result.latency.upP50} | ${result.latency.upP99} |`,
    `| the one that was down | ${result.latency.downP50} | ${result.latency.downP99} |`,
  ].join('\n');
}
