import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';

/**
 * The baseline: `node:http` + `pg`, nothing else. It runs the statements the service runs for
 * the same requests (see searchPublishedResources and findPublishedResource in
 * src/catalogue/resource-catalogue.service.ts: no filter, ordered by title in the locale, then
 * by id; one count and one page) and answers with the snapshots as JSON.
 */
export const RAW_COUNT_SQL = 'select count(*) as "total" from "published_resource" as "pr"';
export const RAW_PAGE_SQL =
  `select "pr"."snapshot" from "published_resource" as "pr"` +
  ` order by published_title_sort_key(pr.titles, $1) asc, "pr"."resource_id" asc limit $2`;
/** The same page ordered by code (orderBy: { field: CODE }); the locale is not used. */
export const RAW_PAGE_BY_CODE_SQL =
  `select "pr"."snapshot" from "published_resource" as "pr" order by "pr"."code" asc, "pr"."resource_id" asc limit $1`;
export const RAW_LOOKUP_SQL =
  'select pr.snapshot from published_resource pr join provider p on p.id = pr.provider_id where p.slug = $1 and pr.code = $2';

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

export async function startRawServer(connectionString: string, poolMax: number): Promise<RawServer> {
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
        const count = await pool.query<{ total: string }>(RAW_COUNT_SQL);
        // knex leaves out "offset 0"; so does this, to send the very same statement.
        const [sql, parameters] = input.orderBy === 'code' ? [RAW_PAGE_BY_CODE_SQL, [first]] : [RAW_PAGE_SQL, [locale, first]];
        const page = offset === 0
          ? await pool.query<{ snapshot: unknown }>(sql, parameters)
          : await pool.query<{ snapshot: unknown }>(`${sql} offset $${parameters.length + 1}`, [...parameters, offset]);
        return send(response, 200, { total: Number(count.rows[0].total), nodes: page.rows.map((row) => row.snapshot) });
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
