import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import express from 'express';
import { Config } from '../../src/config';
import { corsOriginAllowed, createCorsMiddleware } from '../../src/http/cors';

/** A one-route app behind the CORS middleware, as the service mounts it. */
async function withApp(corsOrigins: Config['corsOrigins'], run: (url: string) => Promise<void>): Promise<void> {
  const app = express();
  app.use('/graphql', createCorsMiddleware({ corsOrigins } as Config));
  app.post('/graphql', (_request, response) => { response.json({ ok: true }); });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const preflight = (url: string, origin: string) => fetch(`${url}/graphql`, {
  method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
});

describe('CORS origins', () => {
  it('outside production without CORS_ORIGINS: pages on this machine only', () => {
    for (const origin of ['http://localhost', 'http://localhost:5173', 'https://localhost:8443', 'http://127.0.0.1:3000', 'http://[::1]:8080']) {
      assert.equal(corsOriginAllowed('local', origin), true, origin);
    }
    for (const origin of ['http://localhost.evil.example', 'http://evil.example', 'file://localhost', 'null', '', 'http://127.0.0.2', 'http://localhost:5173/']) {
      assert.equal(corsOriginAllowed('local', origin), false, origin);
    }
  });

  it('answers preflights with the headers for an allowed origin and without them for others', async () => {
    await withApp(['https://cataleg.diba.cat'], async (url) => {
      const allowed = await preflight(url, 'https://cataleg.diba.cat');
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://cataleg.diba.cat');
      assert.equal(allowed.headers.get('access-control-max-age'), '600');
      const refused = await preflight(url, 'http://localhost:5173');
      assert.equal(refused.status, 204);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      assert.match(refused.headers.get('vary') ?? '', /Origin/);
    });
  });

  it('in production without CORS_ORIGINS, no origin at all, local pages included', async () => {
    await withApp([], async (url) => {
      for (const origin of ['http://localhost:5173', 'https://cataleg.diba.cat']) {
        assert.equal((await preflight(url, origin)).headers.get('access-control-allow-origin'), null, origin);
        const post = await fetch(`${url}/graphql`, { method: 'POST', headers: { origin } });
        assert.equal(post.headers.get('access-control-allow-origin'), null, origin);
      }
    });
  });
});
