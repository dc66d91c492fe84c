import autocannon from 'autocannon';

/** What a page of the public catalogue shows: the nested audience, requirements, unit, documents and texts. */
const RESOURCE_FIELDS = `
  id code locale availableLocales title summary description kind audience
  providerUnit { id code name acronym contactPoint { phone email website } }
  requirements { id text verification documentCode }
  documents { id code kind title version sha256 url mediaType mustAccept mustAttach }`;

export const LIST_QUERY = `query BenchCatalogue($first: Int!, $locale: Locale, $orderBy: ResourceOrder) {
  resources(first: $first, locale: $locale, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${RESOURCE_FIELDS} } }
  }
}`;

export const LOOKUP_QUERY = `query BenchFitxa($provider: String!, $code: String!, $locale: Locale) {
  resource(provider: $provider, code: $code, locale: $locale) { ${RESOURCE_FIELDS} }
}`;

export const PAGE_SIZE = 20;
export const LOCALE = 'CA';
const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/**
 * list: the catalogue's default order (title in the locale); listByCode: the same page ordered
 * by code, a cheaper sort for PostgreSQL (opt-in, BENCH_EXTRA_SCENARIOS); lookup: one fitxa;
 * mixed: the mixed public traffic of mixed-traffic.ts.
 */
export type Kind = 'list' | 'listByCode' | 'lookup' | 'mixed';
export const KINDS: readonly Kind[] = ['list', 'listByCode', 'lookup', 'mixed'];
export interface LookupCode { provider: string; code: string }

export interface Request {
  path: string;
  body: string;
}

export function graphqlRequests(kind: Kind, codes: LookupCode[]): Request[] {
  if (kind === 'list' || kind === 'listByCode') {
    const orderBy = kind === 'listByCode' ? { field: 'CODE', direction: 'ASC' } : undefined;
    return [{ path: '/graphql', body: JSON.stringify({ query: LIST_QUERY, variables: { first: PAGE_SIZE, locale: LOCALE, orderBy } }) }];
  }
  return codes.map((c) => ({
    path: '/graphql',
    body: JSON.stringify({ query: LOOKUP_QUERY, variables: { provider: c.provider, code: c.code, locale: LOCALE } }),
  }));
}

export function rawRequests(kind: Kind, codes: LookupCode[]): Request[] {
  if (kind === 'list' || kind === 'listByCode') {
    return [{ path: '/list', body: JSON.stringify({ first: PAGE_SIZE, locale: LOCALE, orderBy: kind === 'listByCode' ? 'code' : 'title' }) }];
  }
  return codes.map((c) => ({ path: '/lookup', body: JSON.stringify({ provider: c.provider, code: c.code }) }));
}

async function post(baseUrl: string, request: Request): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: 'POST', headers: HEADERS, body: request.body, signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${request.path} answered ${response.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, body };
}

function fail(what: string, detail: unknown): never {
  throw new Error(`Verification failed: ${what}\n${JSON.stringify(detail, null, 2).slice(0, 2000)}`);
}

export interface Verified {
  /** Per fitxa of the page, in order: code and how many requirements, documents, audience
   * entries and translations it has, and whether it has a unit. Both endpoints must agree. */
  page: string[];
  total: number;
  /** Set for the GraphQL endpoint when the response cache answered the repeated request. */
  cacheHeader?: string | null;
}

const shape = (code: string, requirements: number, documents: number, audience: number, locales: number, unit: boolean) =>
  `${code} (${requirements} requirements, ${documents} documents, ${audience} audience, ${locales} locales, ${unit ? 'unit' : 'no unit'})`;

/** The list requests and every lookup, checked before any load: the expected data, no errors. */
export async function verifyGraphQL(baseUrl: string, codes: LookupCode[], listKinds: Kind[]): Promise<Map<Kind, Verified>> {
  const pages = new Map<Kind, Verified>();
  for (const kind of listKinds) {
    const [list] = graphqlRequests(kind, codes);
    const first = await post(baseUrl, list);
    if (first.status !== 200 || first.body.errors) fail(`GraphQL ${kind} answered ${first.status}`, first.body);
    const connection = first.body.data?.resources;
    const nodes = connection?.edges?.map((edge: any) => edge.node) ?? [];
    if (nodes.length !== PAGE_SIZE) fail(`GraphQL ${kind} returned ${nodes.length} nodes, expected ${PAGE_SIZE}`, connection);
    if (!nodes.some((n: any) => n.requirements.length > 0)) fail(`no requirements in the GraphQL ${kind} page`, nodes[0]);
    if (!nodes.every((n: any) => n.title && n.summary && n.audience.length > 0)) fail(`a node without title, summary or audience (${kind})`, nodes);
    const second = await post(baseUrl, list);
    if (JSON.stringify(second.body) !== JSON.stringify(first.body)) fail(`two identical ${kind} requests differ`, second.body);
    pages.set(kind, {
      page: nodes.map((n: any) => shape(n.code, n.requirements.length, n.documents.length, n.audience.length, n.availableLocales.length, !!n.providerUnit)),
      total: connection.totalCount,
      cacheHeader: second.headers.get('x-cache'),
    });
  }
  for (const request of graphqlRequests('lookup', codes)) {
    const { variables } = JSON.parse(request.body);
    const found = await post(baseUrl, request);
    if (found.status !== 200 || found.body.errors || found.body.data?.resource?.code !== variables.code) {
      fail(`GraphQL lookup of ${variables.provider}/${variables.code}`, found.body);
    }
  }
  return pages;
}

export async function verifyRaw(baseUrl: string, codes: LookupCode[], listKinds: Kind[]): Promise<Map<Kind, Verified>> {
  const pages = new Map<Kind, Verified>();
  for (const kind of listKinds) {
    const [list] = rawRequests(kind, codes);
    const page = await post(baseUrl, list);
    if (page.status !== 200 || page.body.nodes?.length !== PAGE_SIZE) fail(`raw ${kind} answered ${page.status}`, page.body);
    pages.set(kind, {
      page: page.body.nodes.map((n: any) => shape(n.code, n.requirements.length, n.documents.length, n.audience.length,
        Object.keys(n.translations).length, !!n.providerUnit)),
      total: page.body.total,
    });
  }
  for (const request of rawRequests('lookup', codes)) {
    const { code } = JSON.parse(request.body);
    const found = await post(baseUrl, request);
    if (found.status !== 200 || found.body.node?.code !== code) fail(`raw lookup of ${code}`, found.body);
  }
  return pages;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 2xx answers whose body carried GraphQL `errors`. */
  errorBodies: number;
  cacheHits: number;
  cacheMisses: number;
  /** Mean response body, in bytes. */
  bytesPerResponse: number;
  seconds: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/**
 * One autocannon run, bounded by its duration plus a safety margin. `requests` is a list each
 * connection cycles through, or a function that gives the next request whichever connection asks
 * (the mixed traffic: one stream shared by all connections).
 */
export function load(baseUrl: string, requests: Request[] | (() => Request), options: LoadOptions): Promise<Measurement> {
  let cacheHits = 0;
  let cacheMisses = 0;
  const onResponse = (_status: number, _body: string, _context: object, headers: Record<string, unknown> | undefined) => {
    const cache = headers?.['x-cache'] ?? headers?.['X-Cache'];
    if (cache === 'hit') cacheHits += 1;
    else if (cache === 'miss') cacheMisses += 1;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: baseUrl,
      connections: options.connections,
      duration: options.seconds,
      timeout: 10,
      requests: typeof requests === 'function'
        ? [{ method: 'POST', headers: HEADERS, onResponse, setupRequest: (request) => ({ ...request, ...requests() }) }]
        : requests.map((r) => ({ method: 'POST', path: r.path, headers: HEADERS, body: r.body, onResponse })),
      // JSON can only carry an unescaped `"errors":[` as a key: a GraphQL error, never text inside a
      // snapshot; a lookup that found nothing is `"resource":null` (GraphQL) or `{"node":null}` (raw).
      verifyBody: (body) => !/"errors":\[|"resource":null|^\{"node":null\}$/.test(String(body ?? '')),
    }, (error, result) => {
      clearTimeout(guard);
      if (error) return reject(error);
      resolve({
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        errorBodies: result.mismatches,
        cacheHits,
        cacheMisses,
        bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
        seconds: result.duration,
      });
    });
    const guard = setTimeout(() => instance.stop(), (options.seconds + 30) * 1000);
  });
}
