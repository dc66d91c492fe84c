import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { addressAllowed, EndpointPolicy, endpointUrlProblem } from './webhook-address.rules';

export interface SendResult {
  ok: boolean;
  /** The HTTP status, or null when no answer came. */
  responseCode: number | null;
  /** Why it failed, in the service's words (never the receiver's body). */
  error: string | null;
}

/**
 * POSTs one signed delivery. The host is resolved here, at each attempt, and every address it
 * resolves to must be allowed (so changing DNS after the subscription was checked cannot point a
 * delivery inside); the request then goes to the address that was checked (the connection's
 * lookup is pinned to it), so a second resolution cannot differ. Redirects are not followed: a
 * 3xx is a failed attempt. Only a 2xx counts as delivered.
 */
export async function sendWebhook(
  url: string, headers: Record<string, string>, body: string, policy: EndpointPolicy & { timeoutMs: number },
): Promise<SendResult> {
  const problem = endpointUrlProblem(url, policy);
  if (problem) return { ok: false, responseCode: null, error: `endpoint refused: ${problem}` };
  const target = new URL(url);
  const host = target.hostname.toLowerCase();
  let pinned: { address: string; family: number };
  try {
    pinned = await resolveAllowed(host, policy);
  } catch (error) {
    return { ok: false, responseCode: null, error: (error as Error).message };
  }
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if ((options as dns.LookupOptions).all) (callback as (e: null, a: dns.LookupAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    const request = client.request(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'cataleg-recursos-webhooks', ...headers },
      lookup,
      timeout: policy.timeoutMs,
    }, (response) => {
      // The body is not read into memory: nothing in it matters.
      response.resume();
      response.on('end', () => {
        const code = response.statusCode ?? 0;
        resolve({ ok: code >= 200 && code < 300, responseCode: code, error: code >= 200 && code < 300 ? null : `answered HTTP ${code}` });
      });
      response.on('error', () => resolve({ ok: false, responseCode: response.statusCode ?? null, error: 'the answer was cut off' }));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${policy.timeoutMs} ms`)));
    request.on('error', (error) => resolve({ ok: false, responseCode: null, error: describeNetworkError(error) }));
    request.end(body);
  });
}

async function resolveAllowed(host: string, policy: EndpointPolicy): Promise<{ address: string; family: number }> {
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  const addresses = ipaddr.isValid(literal)
    ? [{ address: literal, family: ipaddr.parse(literal).kind() === 'ipv6' ? 6 : 4 }]
    : await dns.promises.lookup(host, { all: true, verbatim: true }).catch(() => { throw new Error('the host name does not resolve'); });
  if (addresses.length === 0) throw new Error('the host name does not resolve');
  // All of them, not just the first: a name that also resolves inside is refused whole.
  if (!addresses.every(({ address }) => addressAllowed(address, host, policy))) throw new Error('endpoint refused: ADDRESS_NOT_ALLOWED');
  return addresses[0];
}

function describeNetworkError(error: Error & { code?: string }): string {
  if (error.message.startsWith('no answer within')) return error.message;
  return error.code ? `connection failed (${error.code})` : 'connection failed';
}
