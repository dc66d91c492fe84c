import express, { Request } from 'express';
import { LRUCache } from 'lru-cache';
import { findPublishedResource } from '../catalogue/resource-catalogue.service';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { badUserInput } from '../errors/error-mapping';
import { notFound } from '../errors/domain-error';
import { RequestContext } from '../graphql/context';
import { PUBLIC_SHORT, sendCacheHeaders } from '../http/cache-headers';
import { DEFAULT_LOCALE, Locale, localeFromAcceptLanguage } from '../i18n/locale';
import { buildFitxaDocument } from './fitxa-document';
import { renderFitxaPdf } from './fitxa-pdf';

/** The `?locale=` values the download accepts, in any case. */
const QUERY_LOCALES: Record<string, Locale> = { ca: Locale.CA, es: Locale.ES, en: Locale.EN, oc: Locale.OC };

/**
 * The locale of a download: `?locale=` first, then Accept-Language, then Catalan. A value that is
 * not one of ca/es/en/oc is refused (400 through the one error mapping) rather than silently
 * served in Catalan.
 */
export function downloadLocale(query: unknown, acceptLanguage: string | undefined): Locale {
  if (query === undefined) return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
  const locale = typeof query === 'string' ? QUERY_LOCALES[query.toLowerCase()] : undefined;
  if (!locale) throw badUserInput('Unknown locale: use one of ca, es, en, oc', ['locale']);
  return locale;
}

/** One published version in one locale: what a rendered PDF depends on. */
function versionKey(snapshot: ResourceSnapshot, locale: Locale): string {
  return `${snapshot.id}:${snapshot.version}:${snapshot.publishedAt ?? snapshot.updatedAt}:${locale}`;
}

/** Opaque but stable across instances: the same published version and locale give the same tag. */
function versionTag(snapshot: ResourceSnapshot, locale: Locale): string {
  const published = Date.parse(snapshot.publishedAt ?? snapshot.updatedAt).toString(36);
  return `"fitxa-v${snapshot.version}-${published}-${locale.toLowerCase()}"`;
}

/**
 * `attachment; filename="<name>"`; a name outside printable ASCII (or with a quote or backslash)
 * also gets the RFC 6266 `filename*` form, with an ASCII stand-in for old clients.
 */
export function attachment(fileName: string): string {
  if (/^[\x20-\x7e]*$/.test(fileName) && !/["\\]/.test(fileName)) return `attachment; filename="${fileName}"`;
  const fallback = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * Rendered PDFs by published version and locale. Rendering takes a few hundred milliseconds of
 * CPU and its output depends only on that key, so each instance keeps what it rendered. The cache
 * is per instance on purpose (DESIGN "Scale" keeps shared state in PostgreSQL or Redis): every
 * instance renders the same bytes for a key, a new publication makes a new key, and a lost entry
 * is only rendered again.
 */
export class RenderedPdfCache {
  private readonly entries: LRUCache<string, Buffer>;
  private readonly pending = new Map<string, Promise<Buffer>>();

  constructor(maxEntries: number, maxBytes = 64 * 1024 * 1024) {
    this.entries = new LRUCache<string, Buffer>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (pdf) => pdf.length });
  }

  /** The PDF of a key, rendered once; concurrent first requests for one key share the rendering. */
  async get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = render()
        .then((pdf) => { this.entries.set(key, pdf); return pdf; })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }
}

export interface FitxaPdfRouteDependencies {
  /** An anonymous request context: the download is public and shows published fitxes only. */
  buildContext(request: Request): Promise<RequestContext>;
  /** How many rendered PDFs an instance keeps (default 200). */
  cacheEntries?: number;
}

/**
 * `GET /resources/{provider}/{code}.pdf`: the published fitxa as a PDF to read and print
 * ("Descarrega"), in the locale of `?locale=` or Accept-Language.
 */
export function registerFitxaPdfRoutes(app: express.Express, deps: FitxaPdfRouteDependencies): void {
  const rendered = new RenderedPdfCache(deps.cacheEntries ?? 200);

  app.get('/resources/:provider/:file', async (request, response, next) => {
    const match = /^(.+)\.pdf$/.exec(String(request.params.file));
    if (!match) return next();
    try {
      const locale = downloadLocale(request.query.locale, request.headers['accept-language']);
      const code = match[1];
      const snapshot = await findPublishedResource(await deps.buildContext(request), String(request.params.provider), code);
      // Drafts, unpublished and unknown fitxes alike: the one error mapping answers 404.
      if (!snapshot) throw notFound();
      // The locale may come from Accept-Language; a new publication makes a new tag.
      if (sendCacheHeaders(request, response, { etag: versionTag(snapshot, locale), cacheControl: PUBLIC_SHORT, vary: ['Accept-Language'] })) return;
      const pdf = await rendered.get(versionKey(snapshot, locale), () => renderFitxaPdf(buildFitxaDocument(snapshot, locale)));
      response.type('application/pdf');
      response.setHeader('Content-Disposition', attachment(`${code}.pdf`));
      response.send(pdf);
    } catch (error) {
      next(error);
    }
  });
}
