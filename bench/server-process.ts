/**
 * Child process of the benchmark: runs one server under test (the real service, or the raw
 * baseline) so that autocannon, in the parent, does not share its event loop.
 *
 * Parent → child: { start: 'graphql', env } | { start: 'raw', databaseUrl, poolMax, textSearchConfig } | { stop: true }
 * Child → parent: { ready: true, url } | { failed: message } | { stopped: true }
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { startService } from '../src/service';
import { startRawServer } from './raw-server';

type StartMessage =
  | { start: 'graphql'; env: Record<string, string> }
  | { start: 'raw'; databaseUrl: string; poolMax: number; textSearchConfig: string }
  | { stop: true };

let close: (() => Promise<void>) | undefined;

function reply(message: unknown): void {
  process.send?.(message);
}

process.on('message', async (message: StartMessage) => {
  try {
    if ('stop' in message) {
      await close?.();
      reply({ stopped: true });
      process.disconnect?.();
      setTimeout(() => process.exit(0), 50).unref();
      return;
    }
    if (message.start === 'graphql') {
      const service = await startService(loadConfig(message.env));
      close = () => service.close();
      reply({ ready: true, url: service.url });
    } else {
      const server = await startRawServer(message.databaseUrl, message.poolMax, message.textSearchConfig);
      close = () => server.close();
      reply({ ready: true, url: server.url });
    }
  } catch (error) {
    reply({ failed: (error as Error).stack ?? String(error) });
  }
});

// The parent going away must never leave a server behind.
process.on('disconnect', () => {
  setTimeout(() => process.exit(0), 2000).unref();
  void close?.().finally(() => process.exit(0));
});
