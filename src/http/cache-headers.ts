import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * Caching headers of the GET routes that are not GraphQL (JSON-LD, documents, files, the PDF of a
 * fitxa), in one place so every route answers conditional requests the same way.
 */

/** Public answers: shared caches may keep them a few minutes, then revalidate with the ETag. */
export const PUBLIC_SHORT = 'public, max-age=300';
/** Public content addressed by version or hash (a published document version never changes). */
export const PUBLIC_LONG = 'public, max-age=86400';
/** Private answers read with a bearer token: the browser may keep them but must ask again each time. */
export const PRIVATE_REVALIDATE = 'private, no-cache';
/** Private answers read through a signed link: not kept anywhere, since the link is the only key. */
export const PRIVATE_NO_STORE = 'private, no-store';

export interface CachePolicy {
  /** A quoted entity tag, e.g. from `entityTag()`. */
  etag: string;
  cacheControl: string;
  /** Request headers the answer depends on (Origin is added by the CORS middleware). */
  vary?: string[];
}

/** A strong entity tag for a body or for a hash that already names it. */
export function entityTag(content: string | Buffer | { sha256: string }): string {
  if (typeof content === 'object' && 'sha256' in content) return `"${content.sha256}"`;
  return `"${createHash('sha256').update(content).digest('base64url')}"`;
}

/** If-None-Match with a list of entity tags or `*`; weak comparison, as RFC 9110 §13.1.2 asks. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));
}

/**
 * Sets ETag, Cache-Control and Vary, and answers 304 Not Modified when the client already has this
 * version. Returns true when the answer was sent, so the route stops there.
 */
export function sendCacheHeaders(request: Request, response: Response, policy: CachePolicy): boolean {
  response.setHeader('ETag', policy.etag);
  response.setHeader('Cache-Control', policy.cacheControl);
  for (const header of policy.vary ?? []) response.vary(header);
  if ((request.method === 'GET' || request.method === 'HEAD') && etagMatches(request.headers['if-none-match'], policy.etag)) {
    response.status(304).end();
    return true;
  }
  return false;
}
