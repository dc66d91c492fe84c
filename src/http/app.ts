import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServer } from '@apollo/server';
import express, { NextFunction, Request, Response } from 'express';
import { catalanDate, Clock } from '../clock';
import { Config } from '../config';
import { Database, migrationsApplied } from '../database/database';
import { countQueries } from '../database/query-counter';
import { resourceToJsonLd } from '../exports/json-ld/resource-json-ld';
import { findPublishedResource } from '../catalogue/resource-catalogue.service';
import { RequestContext } from '../graphql/context';
import { createLoaders } from '../graphql/loaders';
import { PublicResponseCache } from '../graphql/response-cache';
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from '../i18n/locale';
import { Logger } from '../logger';
import { notFound } from '../errors/domain-error';
import {
  databaseUnavailableCause, describeError, ErrorCode, errorBody, errorHeaders, serviceUnavailable,
} from '../errors/error-mapping';
import { resolveIdentity } from '../identity/request-identity';
import { scopeEntityManager } from '../database/tenant-filter';
import { registerFileRoutes } from '../files/files.routes';
import { registerFitxaPdfRoutes } from '../exports/fitxa-pdf.routes';
import { registerQualityPublicationRoutes } from '../quality/quality-publication.routes';
import { TokenVerifier } from '../identity/token-verifier';
import type { Actor } from '../identity/actor';
import { asClient } from '../database/client-database-share';
import { RegistryKeys } from '../registry/registry-keys';
import { registerReceiptPdfRoutes } from '../registry/receipt-pdf.routes';
import { registerAdminRoutes } from '../admin/admin.routes';
import { createDownloadUrls, DownloadUrls } from '../files/download-urls';
import { entityTag, PUBLIC_SHORT, sendCacheHeaders } from './cache-headers';
import { CORS_PATHS, createCorsMiddleware } from './cors';
import { refuseNullBytesInUrl } from './url-hygiene';
import { refuseHarmfulVariables } from '../graphql/request-hygiene';

export interface AppDependencies {
  config: Config;
  database: Database;
  logger: Logger;
  clock: Clock;
  apollo: ApolloServer<RequestContext>;
  tokenVerifier: TokenVerifier;
  registryKeys: RegistryKeys;
  responseCache?: PublicResponseCache;
  /** Defaults to the configuration's (DOWNLOAD_URL_SECRET or the development secret). */
  downloadUrls?: DownloadUrls;
  /** Adds the x-sql-statements header to GraphQL responses (tests and benchmarks). */
  exposeQueryCount?: boolean;
}

export function createApp(deps: AppDependencies): express.Express {
  const { config, database, logger, clock, apollo, responseCache, tokenVerifier, registryKeys } = deps;
  const downloadUrls = deps.downloadUrls ?? createDownloadUrls(config);
  const app = express();
  app.disable('x-powered-by');
  // Whose X-Forwarded-For to believe (TRUST_PROXY; none by default): the client's address keys its share of the pool.
  app.set('trust proxy', config.trustProxy);
  // Before every route it covers, so preflights never reach them.
  app.use(CORS_PATHS, createCorsMiddleware(config));
  app.use(refuseNullBytesInUrl);

  /** The request's token, verified once (the client share keys on its subject, the context needs the actor). */
  const verifiedActors = new WeakMap<Request, Promise<Actor | null>>();
  const verifiedActor = (request: Request): Promise<Actor | null> => {
    let actor = verifiedActors.get(request);
    if (!actor) {
      actor = tokenVerifier.verify(request.headers.authorization);
      verifiedActors.set(request, actor);
    }
    return actor;
  };
  /** What follows runs as the request's client, whose connections count against its share of the pool (database.clientShare). */
  const limitClient = (request: Request, _response: Response, next: NextFunction) => {
    clientKey(request, verifiedActor).then((key) => asClient(key, next), next);
  };

  /** A request's context: its own entity manager, scoped to the verified caller. */
  const buildContext = async (request: Request, authenticate = true): Promise<RequestContext> => {
    const em = database.orm.em.fork();
    const actor = authenticate ? await verifiedActor(request) : null;
    const identity = await resolveIdentity(em, actor).catch((error: unknown) => {
      // Apollo answers a failed context with the status the error carries: 503, not 500.
      const unavailable = databaseUnavailableCause(error);
      if (!unavailable) throw error;
      database.availability.failed(unavailable);
      throw serviceUnavailable();
    });
    scopeEntityManager(em, identity);
    return {
      em,
      locale: localeFromAcceptLanguage(request.headers['accept-language']) ?? DEFAULT_LOCALE,
      clock,
      config,
      logger,
      loaders: createLoaders(em, identity.actor?.subject ?? null),
      textSearchConfig: database.textSearchConfig,
      identity,
      registryKeys,
      downloadUrls,
    };
  };

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });

  app.get('/readyz', async (_request, response) => {
    try {
      await database.orm.em.getConnection().execute('select 1');
      const migrated = await migrationsApplied(database.orm);
      response.status(migrated ? 200 : 503).json({ status: migrated ? 'ready' : 'migrations pending', database: 'up' });
    } catch (error) {
      const unavailable = databaseUnavailableCause(error);
      if (unavailable) database.availability.failed(unavailable);
      else logger.warn({ err: error }, 'Readiness check failed');
      response.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });

  // /graphql's is set after its cache, below: the cache's hits use no connection.
  app.use(DATABASE_ROUTES, limitClient);
  registerFitxaPdfRoutes(app, { buildContext: (request) => buildContext(request, false) });
  registerQualityPublicationRoutes(app, { buildContext: (request) => buildContext(request, false) });

  app.get('/resources/:provider/:file', async (request, response, next) => {
    const match = /^(.+)\.jsonld$/.exec(String(request.params.file));
    if (!match) return next();
    try {
      const snapshot = await findPublishedResource(await buildContext(request, false), String(request.params.provider), match[1]);
      if (!snapshot) return next(notFound(['code']));
      // Every language is in the document, so the answer does not vary with Accept-Language.
      const body = JSON.stringify(resourceToJsonLd(snapshot, { baseUrl: config.publicBaseUrl }));
      if (sendCacheHeaders(request, response, { etag: entityTag(body), cacheControl: PUBLIC_SHORT })) return;
      response.type('application/ld+json').send(body);
    } catch (error) {
      next(error);
    }
  });

  app.use('/graphql', express.json({ limit: '1mb' }));
  app.use('/graphql', refuseHarmfulVariables());
  if (deps.exposeQueryCount) app.use('/graphql', (_request, _response, next) => countQueries(next));
  if (responseCache && config.responseCache.enabled) app.use('/graphql', servePublicResponsesFromCache(responseCache, clock));
  app.use('/graphql', limitClient);
  app.use('/graphql', expressMiddleware(apollo, { context: ({ req }) => buildContext(req) }));

  registerFileRoutes(app, { config, logger, clock, downloadUrls, buildContext: (request, authenticate) => buildContext(request, authenticate) });
  registerReceiptPdfRoutes(app, { clock, downloadUrls, buildContext: (request, authenticate) => buildContext(request, authenticate) });
  // The back office: static files and its sign-in helpers; it reaches data only through /graphql and /files.
  registerAdminRoutes(app, { config, logger });

  app.use((_request, response) => {
    response.status(404).json({ error: 'Not found' });
  });
  // Errors outside GraphQL (a malformed JSON body, a database failure in a plain route): the one mapping, no details leak.
  app.use((error: Error, request: Request, response: Response, _next: NextFunction) => {
    const described = describeError(error, localeFromAcceptLanguage(request.headers['accept-language']) ?? DEFAULT_LOCALE);
    if (described.unexpected) logger.error({ err: error }, 'Unexpected error in an HTTP request');
    if (described.code === ErrorCode.SERVICE_UNAVAILABLE) database.availability.failed(databaseUnavailableCause(error) ?? ErrorCode.SERVICE_UNAVAILABLE);
    response.status(described.status).set(errorHeaders(described)).json(errorBody(described));
  });
  return app;
}

/** The REST routes that read the database (every one but the probes); GraphQL's is added after its cache. */
const DATABASE_ROUTES = ['/resources', '/files', '/documents', '/applications', '/providers'];

/**
 * Whose share of the pool a request uses: a valid token's subject, or else the client's address
 * (the socket's, unless TRUST_PROXY names proxies whose X-Forwarded-For is believed). A token
 * that does not verify counts as its address: the request is refused later anyway.
 */
export async function clientKey(request: Request, verifiedActor: (request: Request) => Promise<Actor | null>): Promise<string> {
  const actor = await verifiedActor(request).catch(() => null);
  return actor ? `subject:${actor.subject}` : `address:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Anonymous POST queries are answered from the public response cache when possible; a miss
 * goes through Apollo and a clean 200 answer is kept.
 */
function servePublicResponsesFromCache(cache: PublicResponseCache, clock: Clock) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'POST' || request.headers.authorization || !request.body || Array.isArray(request.body)) return next();
    const { query, variables, operationName } = request.body as Record<string, unknown>;
    const locale = localeFromAcceptLanguage(request.headers['accept-language']) ?? DEFAULT_LOCALE;
    // Responses depend on the language, on today's date (open windows) and on the negotiated media type.
    const key = cache.keyFor(query, variables, operationName, [locale, catalanDate(clock.now()), String(request.headers.accept ?? '')]);
    if (!key) return next();
    const hit = cache.get(key);
    if (hit !== undefined) {
      response.status(200).setHeader('content-type', hit.contentType);
      response.setHeader('x-cache', 'hit');
      response.send(hit.body);
      return;
    }
    const generation = cache.currentGeneration();
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      if (response.statusCode === 200 && typeof body === 'string' && !body.includes('"errors"')) {
        cache.set(key, { body, contentType: String(response.getHeader('content-type') ?? 'application/json') }, generation);
      }
      response.setHeader('x-cache', 'miss');
      return send(body);
    };
    next();
  };
}

/** "METHOD /path" of every route the app answers besides the GraphQL endpoint (middleware excluded). */
export function listRoutes(app: express.Express): string[] {
  const stack = (app as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack;
  return stack.flatMap(({ route }) => route ? Object.keys(route.methods).map((method) => `${method.toUpperCase()} ${route.path}`) : []);
}
