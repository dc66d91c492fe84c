import net from 'node:net';

/**
 * A TCP proxy in the test process between the service and PostgreSQL, so a test can take the
 * database away (`cut`: every connection dropped and new ones refused), make it hang (`hold`:
 * every connection dropped, new ones accepted and never answered) and bring it back (`restore`) on the same port.
 */
export interface TcpProxy {
  port: number;
  /** The given connection string pointing at the proxy instead. */
  urlFor(databaseUrl: string): string;
  cut(): Promise<void>;
  hold(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export interface TcpProxyOptions {
  /**
   * How long to hold back what the server sends on a connection, given the first bytes its client
   * sent (PostgreSQL's startup message names the user, database and application_name); 0 for none.
   */
  delayFor?: (startup: Buffer) => number;
}

export async function startTcpProxy(target: { host: string; port: number }, options: TcpProxyOptions = {}): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let holding = false;
  let port = 0;
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (holding) return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    if (options.delayFor) {
      let delay: number | undefined;
      client.once('data', (startup: Buffer) => { delay = options.delayFor!(startup); });
      upstream.on('data', (chunk: Buffer) => {
        if (!delay) client.write(chunk);
        else setTimeout(() => { if (!client.destroyed) client.write(chunk); }, delay);
      });
    } else {
      upstream.pipe(client);
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = () => new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      port = (server.address() as net.AddressInfo).port;
      resolve();
    });
  });
  const stop = () => new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    if (!server.listening) return resolve();
    server.close(() => resolve());
  });
  await listen();
  return {
    get port() { return port; },
    urlFor(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    cut: stop,
    async hold() {
      holding = true;
      for (const socket of sockets) socket.destroy();
      if (!server.listening) await listen();
    },
    async restore() {
      if (holding) for (const socket of sockets) socket.destroy();
      holding = false;
      if (!server.listening) await listen();
    },
    close: stop,
  };
}

/** Host and port of a PostgreSQL connection string. */
export function databaseAddress(databaseUrl: string): { host: string; port: number } {
  const url = new URL(databaseUrl);
  return { host: url.hostname, port: Number(url.port || 5432) };
}
