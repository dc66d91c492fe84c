import cors from 'cors';
import type { RequestHandler } from 'express';
import { Config } from '../config';

/** The paths browsers on other origins may call: GraphQL, uploads and every download route. */
export const CORS_PATHS = ['/graphql', '/files', '/documents', '/resources', '/providers'];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a page on `origin` may call the API under this configuration. */
export function corsOriginAllowed(origins: Config['corsOrigins'], origin: string): boolean {
  if (origins !== 'local') return origins.includes(origin);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname) && url.origin === origin;
}

/**
 * CORS for the origins of the configuration. Credentials travel as a bearer token in
 * `Authorization`, never as cookies, so `credentials` stays off and no cookie is ever honoured
 * cross-site; Apollo's CSRF prevention stays on for simple requests. Preflights from an allowed
 * origin are answered 204 here; from any other origin they get 204 without CORS headers, which the
 * browser treats as a refusal. `Vary: Origin` is always set, since the headers depend on it.
 */
export function createCorsMiddleware(config: Config): RequestHandler {
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && corsOriginAllowed(config.corsOrigins, origin)),
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    // Apollo's CSRF prevention accepts a request that carries one of its two headers.
    allowedHeaders: ['authorization', 'content-type', 'accept-language', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['ETag', 'Content-Disposition', 'Retry-After', 'Location'],
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (request, response, next) => {
    response.vary('Origin');
    middleware(request, response, (error?: unknown) => {
      if (error) return next(error);
      // Not an allowed origin: a preflight ends here, without CORS headers, instead of reaching the routes.
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
        response.status(204).end();
        return;
      }
      next();
    });
  };
}
