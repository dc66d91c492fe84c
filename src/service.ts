import http from 'node:http';
import { loadRegistryKeys } from './registry/registry-keys';
import { AddressInfo } from 'node:net';
import { Clock, systemClock } from './clock';
import { Config } from './config';
import { Database, openDatabase, withSchedulerEntityManager } from './database/database';
import { attachQueryCounter } from './database/query-counter';
import { buildGraphQLSchema } from './graphql/schema';
import { PublicResponseCache } from './graphql/response-cache';
import { createApolloServer } from './http/graphql-server';
import { createApp, listRoutes } from './http/app';
import { createLogger, Logger } from './logger';
import { databaseUnavailableCause } from './errors/error-mapping';
import { listenFailure } from './startup-error';
import { createTokenVerifier } from './identity/token-verifier';
import { runDueSchedules } from './catalogue/publication-schedule.service';
import { deemUnopenedNotificationsRejected } from './notifications/notification.service';
import { declareLapsedRevocations } from './applications/revocation-lapse.service';
import { applyEndedCorrectionSuspensions } from './applications/correction-suspension.service';
import { recordDecisionDelays } from './quality/decision-delay-detection.service';
import { startWebhookWorker } from './outbox/webhook-worker';
import { seedDemoData, seedReferenceData } from '../seeds/seed';

export interface RunningService {
  url: string;
  database: Database;
  /** Carries out the scheduled publications that are due now (the poller calls it too). */
  runScheduledPublications(): Promise<number>;
  /** Deems rejected the notifications unopened for 10 days at the clock's now (the poller calls it too); answers how many. */
  runNotificationDeadlines(): Promise<number>;
  /** Declares lapsed the revocation procedures unresolved for 3 months at the clock's now (the poller calls it too); answers how many. */
  runRevocationLapses(): Promise<number>;
  /** Moves the due dates of the requests for corrections whose term ran out unanswered at the clock's now (the notification poller calls it too, after the deemed rejections); answers how many. */
  runCorrectionSuspensions(): Promise<number>;
  /** Writes the delay tasks of the applications past their fitxa's hard limit undecided at the clock's now (the notification poller calls it too, after the suspensions); answers how many. */
  runDecisionDelays(): Promise<number>;
  /** The HTTP routes beside GraphQL, e.g. "GET /files/:id" (the isolation test covers each). */
  routes: string[];
  /** Stops accepting connections, drains in-flight requests, then closes the pool. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  clock?: Clock;
  logger?: Logger;
  exposeQueryCount?: boolean;
}

/** Database → seeds → schema → HTTP: the whole service, for main.ts and for tests. */
export async function startService(config: Config, options: ServiceOptions = {}): Promise<RunningService> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const database = await openDatabase(config, logger);
  // Started below; stopped again if a later step fails, so a failed start leaves nothing running.
  const started: { apollo?: { stop(): Promise<void> }; responseCache?: PublicResponseCache; webhooks?: { stop(): Promise<void> } } = {};
  try {
    if (config.seedOnStart) await seed(database, config, clock, logger);
    if (options.exposeQueryCount) attachQueryCounter(database.orm);
    // A broken identity configuration (unreadable key file, bad data folder) stops start-up here.
    const tokenVerifier = createTokenVerifier(config.identity, logger);
    const registryKeys = await loadRegistryKeys(config, database.orm.em.fork(), clock.now());
    const schema = await buildGraphQLSchema();
    // On the scheduler's own pool: due publications happen however busy request traffic is.
    const runScheduledPublications = () => withSchedulerEntityManager(database, (em) => runDueSchedules(em, clock, { textSearchConfig: database.textSearchConfig, logger }));
    const runNotificationDeadlines = () => withSchedulerEntityManager(database, (em) => deemUnopenedNotificationsRejected(em, clock.now()));
    const runRevocationLapses = () => withSchedulerEntityManager(database, (em) => declareLapsedRevocations(em, clock.now()));
    const runCorrectionSuspensions = () => withSchedulerEntityManager(database, (em) => applyEndedCorrectionSuspensions(em, clock.now()));
    const runDecisionDelays = () => withSchedulerEntityManager(database, (em) => recordDecisionDelays(em, clock.now()));
    const httpServer = http.createServer();
    const responseCache = config.responseCache.enabled
      ? new PublicResponseCache(database.clientUrl, config.responseCache.maxEntries, logger, database.availability)
      : undefined;
    await responseCache?.start();
    started.responseCache = responseCache;
    const apollo = createApolloServer(schema, config, logger, httpServer, { availability: database.availability, responseCache });
    await apollo.start();
    started.apollo = apollo;
    const app = createApp({ config, database, logger, clock, apollo, responseCache, tokenVerifier, registryKeys, exposeQueryCount: options.exposeQueryCount });
    // From SIGTERM on (close() below), requests still arriving on open keep-alive connections are
    // answered with `Connection: close`, so the client opens no further request on a connection the
    // drain is about to end. One that arrives on a connection the drain has already ended is not run
    // at all: its answer could not be sent, and a write committed without an answer is what issue 11
    // saw (two resets after commit in three SIGTERM runs under write load).
    let draining = false;
    httpServer.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
      if (draining) {
        if (request.socket.writableEnded || request.socket.destroyed) {
          request.socket.destroy();
          return;
        }
        response.setHeader('connection', 'close');
      }
      app(request, response);
    });
    // Keep-alive sockets must outlive the load balancer's idle timeout, or it sees resets.
    httpServer.keepAliveTimeout = 65_000;
    httpServer.headersTimeout = 66_000;
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', (error) => reject(listenFailure(error, config)));
      httpServer.listen(config.port, config.host, () => resolve());
    });
    // Each poller keeps its run in progress, so shutdown waits for it before closing the pool.
    const poll = (intervalMs: number, run: () => Promise<unknown>, failure: string) => {
      const poller = { current: Promise.resolve() as Promise<void>, timer: undefined as NodeJS.Timeout | undefined };
      if (intervalMs > 0) {
        poller.timer = setInterval(() => {
          poller.current = run().then(() => undefined, (error) => {
            const unavailable = databaseUnavailableCause(error);
            if (unavailable) database.availability.failed(unavailable);
            else logger.error({ err: error }, failure);
          });
        }, intervalMs).unref();
      }
      return poller;
    };
    const pollers = [
      poll(config.schedulerIntervalMs, runScheduledPublications, 'Scheduled publications failed'),
      // A deemed rejection starts a request's term, so the ended suspensions are looked at right after, in the same run;
      // an ended suspension moves the breach of the hard limit, so the delays come last.
      poll(config.notificationPollMs, async () => {
        await runNotificationDeadlines(); await runCorrectionSuspensions(); await runDecisionDelays();
      }, 'Deeming unopened notifications rejected, ending suspensions or recording decision delays failed'),
      // The procedure's other deadline job, on the same interval and with the same one-instance lock.
      poll(config.notificationPollMs, runRevocationLapses, 'Declaring lapsed revocations failed'),
    ];
    // Webhook attempts are stamped and scheduled on the wall clock, not on `clock` (which tests fix
    // on a legal date): receivers compare `webhook-timestamp` with their own clocks.
    const webhooks = config.webhooks.worker
      ? await startWebhookWorker(database, config.webhooks, systemClock, logger)
      : undefined;
    started.webhooks = webhooks;
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    logger.info({ url: `${url}/graphql`, textSearch: database.textSearchConfig }, 'Catàleg de recursos is serving GraphQL');
    return {
      url,
      database,
      runScheduledPublications,
      runNotificationDeadlines,
      runRevocationLapses,
      runCorrectionSuspensions,
      runDecisionDelays,
      routes: listRoutes(app),
      async close() {
        draining = true;
        for (const poller of pollers) clearInterval(poller.timer);
        await apollo.stop();
        await Promise.all(pollers.map((poller) => poller.current));
        // Lets the attempts in progress finish and record their outcome before the pool closes.
        await webhooks?.stop();
        await responseCache?.close();
        await database.close();
      },
    };
  } catch (error) {
    await started.webhooks?.stop().catch(() => undefined);
    await started.apollo?.stop().catch(() => undefined);
    await started.responseCache?.close();
    await database.close();
    throw error;
  }
}

async function seed(database: Database, config: Config, clock: Clock, logger: Logger): Promise<void> {
  const em = database.orm.em.fork();
  const options = { textSearchConfig: database.textSearchConfig, now: clock.now(), log: (message: string) => logger.info(message) };
  await em.transactional(async (tx) => {
    await seedReferenceData(tx, options);
    if (config.seedDemo) await seedDemoData(tx, options);
  });
}
