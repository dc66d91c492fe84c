import ipaddr from 'ipaddr.js';

/** Who may be called: WEBHOOK_REQUIRE_HTTPS, WEBHOOK_ALLOW_PRIVATE and WEBHOOK_ALLOWED_HOSTS in config.ts. */
export interface EndpointPolicy {
  requireHttps: boolean;
  allowPrivateAddresses: boolean;
  allowedHosts: readonly string[];
}

export type EndpointUrlProblem = 'MALFORMED' | 'NOT_HTTPS' | 'CREDENTIALS' | 'ADDRESS_NOT_ALLOWED';

export const MAX_URL_LENGTH = 2000;

/**
 * The checks of an endpoint URL that need no network: a well-formed http(s) URL without
 * credentials, https when required, and, when the host is an IP literal or "localhost", an
 * address the policy allows. A host name is checked again each time it is resolved (at delivery).
 */
export function endpointUrlProblem(raw: string, policy: EndpointPolicy): EndpointUrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'MALFORMED';
  }
  if (raw.length > MAX_URL_LENGTH || !['http:', 'https:'].includes(url.protocol) || !url.hostname) return 'MALFORMED';
  if (url.username || url.password) return 'CREDENTIALS';
  if (policy.requireHttps && url.protocol !== 'https:') return 'NOT_HTTPS';
  const host = url.hostname.toLowerCase();
  if (hostAllowedAnywhere(host, policy)) return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return policy.allowPrivateAddresses ? null : 'ADDRESS_NOT_ALLOWED';
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (ipaddr.isValid(literal) && !addressAllowed(literal, host, policy)) return 'ADDRESS_NOT_ALLOWED';
  return null;
}

function hostAllowedAnywhere(host: string, policy: EndpointPolicy): boolean {
  return policy.allowedHosts.includes(host);
}

/**
 * Whether a resolved address may be called for `host`. Only public unicast addresses, unless the
 * operator allows private ones or names the host. IPv4-mapped IPv6 addresses are judged as the
 * IPv4 address they carry, so `::ffff:127.0.0.1` is loopback.
 */
export function addressAllowed(address: string, host: string, policy: EndpointPolicy): boolean {
  if (hostAllowedAnywhere(host.toLowerCase(), policy)) return true;
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === 'unicast') return true;
  // "Private" in the operator's sense: everything that is not the public internet, but never the
  // unspecified address, multicast or broadcast, which are no endpoint at all.
  return policy.allowPrivateAddresses && !['unspecified', 'multicast', 'broadcast', 'reserved'].includes(range);
}
