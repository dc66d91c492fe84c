import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import type { MixedFilter } from './mixed-traffic';

/**
 * The baseline: `node:http` + `pg`, nothing else. It runs the statements the service runs for
 * the same requests (see searchPublishedResources and findPublishedResource in
 * src/catalogue/resource-catalogue.service.ts: the same filters, ordered by relevance with a
 * search, else by title in the locale (or by code), then by id; one count and one page) and
 * answers with the snapshots as JSON. Values go in bind parameters; the service inlines them.
 */
export const RAW_LOOKUP_SQL =
  'select pr.snapshot from published_resource pr join provider p on p.id = pr.provider_id where p.slug = $1 and pr.code = $2';

/** The `filter` of a /list request: the ResourceFilter fields the mixed traffic uses, as the GraphQL servers receive them. */
type RawFilter = MixedFilter;

/** The count and the page statements of searchPublishedResources, with bind parameters. */
export function rawListStatements(filter: RawFilter, orderBy: string | undefined, locale: string, textSearchConfig: string) {
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const where: string[] = [];
  const search = filter.search?.trim() || null;
  let query = '';
  if (filter.provider?.length) where.push(`"pr"."provider_id" in (select "id" from "provider" where "slug" = any(${bind(filter.provider)}::text[]))`);
  if (search) {
    query = `websearch_to_tsquery(${bind(textSearchConfig)}::regconfig, unaccent(${bind(search)}))`;
    where.push(`pr.search_vector @@ ${query}`);
  }
  if (filter.kind?.length) where.push(`pr.kind = any(${bind(filter.kind)}::resource_kind[])`);
  if (filter.audience?.length) where.push(`pr.audience && ${bind(filter.audience)}::local_entity_type[]`);
  // Taxonomy codes: bare (any provider's) or "<provider slug>:<code>" (that provider's), as in src/catalogue/taxonomy-code.ts.
  const codes = (column: string, values: string[] | undefined) => {
    if (!values?.length) return;
    const bare = values.filter((value) => !value.includes(':'));
    const any = values.filter((value) => value.includes(':')).map((value) => {
      const [slug, code] = value.split(':');
      return `(${column} = ${bind(code)} and "pr"."provider_id" in (select "id" from "provider" where "slug" = ${bind(slug)}))`;
    });
    if (bare.length) any.unshift(`${column} = any(${bind(bare)}::text[])`);
    where.push(`(${any.join(' or ')})`);
  };
  codes('"pr"."area_code"', filter.area);
  codes('"pr"."programme_code"', filter.programme);
  codes('"pr"."catalogue_code"', filter.catalogue);
  if (filter.sdg?.length) where.push(`pr.sdgs && ${bind(filter.sdg)}::int[]`);
  if (filter.openOn) where.push(`pr.application_windows @> ${bind(filter.openOn)}::date`);
  const from = `from "published_resource" as "pr"${where.length ? ` where ${where.join(' and ')}` : ''}`;
  const filterParameters = [...parameters];
  const order = orderBy === 'code' ? '"pr"."code" asc'
    : search ? `ts_rank_cd(pr.search_vector, ${query}) desc`
      : `published_title_sort_key(pr.titles, ${bind(locale)}) asc`;
  return {
    count: { sql: `select count(*) as "total" ${from}`, parameters: filterParameters },
    page: (limit: number, offset: number) => {
      const pageParameters = [...parameters, limit];
      // knex leaves out "offset 0"; so does this, to send the very same statement.
      const tail = offset > 0 ? ` offset $${pageParameters.push(offset)}` : '';
      return { sql: `select "pr"."resource_id", "pr"."snapshot" ${from} order by ${order}, "pr"."resource_id" asc limit $${parameters.length + 1}${tail}`, parameters: pageParameters };
    },
  };
}

export interface RawServer {
  url: string;
  close(): Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export async function startRawServer(connectionString: string, poolMax: number, textSearchConfig: string): Promise<RawServer> {
  const pool = new Pool({ connectionString, max: poolMax, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined);

  const server = http.createServer(async (request, response) => {
    try {
      if (request.method !== 'POST') return send(response, 405, { error: 'POST only' });
      const input = JSON.parse(await readBody(request) || '{}') as Record<string, unknown>;
      if (request.url === '/list') {
        const first = Math.min(Math.max(Number(input.first ?? 20) || 20, 1), 100);
        const offset = Math.max(Number(input.offset ?? 0) || 0, 0);
        const locale = typeof input.locale === 'string' ? input.locale : 'CA';
        const statements = rawListStatements((input.filter ?? {}) as RawFilter, input.orderBy as string | undefined, locale, textSearchConfig);
        const count = await pool.query<{ total: string }>(statements.count.sql, statements.count.parameters);
        const total = Number(count.rows[0].total);
        // Like the service: no page statement when the page is past the end.
        const limit = Math.max(0, Math.min(first, total - offset));
        const statement = statements.page(limit, offset);
        const page = limit > 0 ? await pool.query<{ snapshot: unknown }>(statement.sql, statement.parameters) : { rows: [] };
        return send(response, 200, { total, nodes: page.rows.map((row) => row.snapshot) });
      }
      if (request.url === '/lookup') {
        const result = await pool.query<{ snapshot: unknown }>(RAW_LOOKUP_SQL, [String(input.provider), String(input.code)]);
        return send(response, 200, { node: result.rows[0]?.snapshot ?? null });
      }
      return send(response, 404, { error: 'Not found' });
    } catch (error) {
      return send(response, 500, { error: (error as Error).message });
    }
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
