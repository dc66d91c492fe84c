import http from 'node:http';

/**
 * The abuse scenario (issue 11): clients, each from an address of its own (127.0.0.0/8 is all
 * loopback, so each is a separate anonymous client for the per-client pool share), send the most
 * expensive query the limits accept, back to back, while the mixed traffic is measured.
 */
const aliases = (count: number) =>
  `query Abuse($ids: [ID!]!) { ${Array.from({ length: count }, (_, i) => `a${i}: nodes(ids: $ids) { id ... on Resource { title summary } }`).join(' ')} }`;

export interface AbuseQuery { query: string; ids: string[] }

export interface AbuseResult {
  clients: number;
  requests: number;
  /**
   * Answers by HTTP status: 200; 429 once a client has started its heavy operations of the minute
   * (GRAPHQL_HEAVY_QUERIES_PER_MINUTE); 503 when no turn among the heavy operations came in time.
   */
  statuses: Record<string, number>;
  /** Connection errors and answers neither 200, 429 nor 503. */
  failures: number;
}

function post(url: string, body: string, localAddress: string): Promise<number> {
  const target = new URL(`${url}/graphql`);
  return new Promise((resolve) => {
    const request = http.request({
      host: target.hostname, port: target.port, path: target.pathname, method: 'POST', localAddress, agent: false,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
      timeout: 60_000,
    }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
    request.end(body);
  });
}

/**
 * The 15 aliases the depth and alias limits allow, over as many IDs as the cost limit then accepts
 * (found by asking the server: the cost limit refuses with 400; anything else, 429 included, is a
 * query it accepted).
 */
export async function costliestAcceptedQuery(url: string): Promise<AbuseQuery> {
  const page = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ resources(first: 100) { nodes { id } } }' }),
  }).then((response) => response.json()) as { data: { resources: { nodes: { id: string }[] } } };
  const found = page.data.resources.nodes.map((node) => node.id);
  const query = aliases(15);
  const idsOf = (n: number) => Array.from({ length: n }, (_, i) => found[i % found.length]);
  let low = 0;
  let high = 100;
  while (low < high) {
    const n = Math.ceil((low + high) / 2);
    const status = await post(url, JSON.stringify({ query, variables: { ids: idsOf(n) } }), '127.0.0.1');
    if (status === 400) high = n - 1;
    else low = n;
  }
  if (low === 0) throw new Error('No abuse query is accepted: the cost limit refuses even one ID');
  return { query, ids: idsOf(low) };
}

/** Runs `clients` abusers until `stop()`: each sends the query with its IDs in a new order every time, so the response cache never answers it. */
export function startAbuse(url: string, abuse: AbuseQuery, clients: number): { stop(): Promise<AbuseResult> } {
  let running = true;
  const statuses: Record<string, number> = {};
  let requests = 0;
  const loops = Array.from({ length: clients }, async (_, client) => {
    const address = `127.0.0.${client + 2}`;
    let round = 0;
    while (running) {
      round += 1;
      const shift = round % abuse.ids.length;
      const ids = [...abuse.ids.slice(shift), ...abuse.ids.slice(0, shift)].reverse();
      const status = await post(url, JSON.stringify({ query: abuse.query, variables: { ids, round, client } }), address);
      requests += 1;
      statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      const failures = Object.entries(statuses).filter(([status]) => !['200', '429', '503'].includes(status)).reduce((sum, [, n]) => sum + n, 0);
      return { clients, requests, statuses, failures };
    },
  };
}
