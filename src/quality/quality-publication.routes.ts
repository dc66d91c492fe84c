import { createHash } from 'node:crypto';
import type { Express, Request } from 'express';
import { catalanDate } from '../clock';
import { DomainError, notFound } from '../errors/domain-error';
import { attachment, downloadLocale, RenderedPdfCache } from '../exports/fitxa-pdf.routes';
import { RequestContext } from '../graphql/context';
import { entityTag, PUBLIC_SHORT, sendCacheHeaders } from '../http/cache-headers';
import { Locale } from '../i18n/locale';
import { sealPdf } from '../registry/seal/pdf-seal';
import { findProviderBySlug } from '../tenancy/provider.service';
import { qualityCsv } from './quality-csv';
import { qualityPeriodFault, QualityPeriod } from './quality-period.rules';
import { PublishedCommitment } from './quality-publication';
import { publishedCommitments } from './quality-published-figures';
import { FIRST_REPORT_YEAR, parseReportQuarter, quarterName, quarterPeriod, quartersUpTo } from './quality-quarter.rules';
import { providerQualityReport } from './quality-report.service';
import { quarterlyReportResources, quarterlyReportTitle, renderQuarterlyReportPdf } from './quality-report-pdf';

export interface QualityPublicationRouteDependencies {
  /** An anonymous request context: both documents are public and show aggregate figures only. */
  buildContext(request: Request): Promise<RequestContext>;
  /** How many sealed reports an instance keeps (default 100). */
  cacheEntries?: number;
}

/** `?from=&to=` as the query string gives them: anything but one string each is a malformed day. */
function queryPeriod(query: Request['query']): QualityPeriod {
  const period = { from: typeof query.from === 'string' ? query.from : '', to: typeof query.to === 'string' ? query.to : '' };
  const fault = qualityPeriodFault(period.from, period.to);
  if (fault) throw new DomainError(fault.code, [fault.field], fault.params);
  return period;
}

/** The provider named in the path, or 404 through the one error mapping. */
async function providerOf(context: RequestContext, slug: string) {
  const provider = await findProviderBySlug(context, slug);
  if (!provider) throw notFound(['slug']);
  return provider;
}

async function publishedFigures(context: RequestContext, providerId: string, period: QualityPeriod, locale: Locale): Promise<PublishedCommitment[]> {
  return publishedCommitments(await providerQualityReport(context.em, providerId, period, context.clock.now()), locale);
}

/**
 * The quality figures a diputació publishes (issue 13; DESIGN.md "Quality and consumers"), public
 * like the figures of `Provider.qualityReport` and, like them, aggregates only: no application,
 * entity or registry number (the cases behind a miss are for the provider's staff, in GraphQL).
 *
 * - `GET /providers/{slug}/quality.csv?from=YYYY-MM-DD&to=YYYY-MM-DD[&locale=ca|es|en|oc]`: one row
 *   per published fitxa and commitment (quality-csv.ts says what each column holds).
 * - `GET /providers/{slug}/quality-report.pdf?year=2026&quarter=4[&locale=…]`: the quarterly report
 *   with a chart per commitment over the last four quarters, sealed by the provider (PAdES) like
 *   every document it issues, so anyone can check with a PDF reader that it is authentic.
 *
 * A bad period or quarter is 400 with the error contract of every route (BAD_USER_INPUT naming the
 * parameter), an unknown provider 404. Both answers may be kept five minutes by shared caches: the
 * figures of a period change only as late decisions and surveys arrive.
 */
export function registerQualityPublicationRoutes(app: Express, deps: QualityPublicationRouteDependencies): void {
  const sealed = new RenderedPdfCache(deps.cacheEntries ?? 100);

  app.get('/providers/:slug/quality.csv', async (request, response, next) => {
    try {
      const locale = downloadLocale(request.query.locale, request.headers['accept-language']);
      const period = queryPeriod(request.query);
      const context = await deps.buildContext(request);
      const slug = String(request.params.slug);
      const provider = await providerOf(context, slug);
      const csv = qualityCsv(await publishedFigures(context, provider.id, period, locale), locale);
      // The locale may come from Accept-Language; the tag names the bytes.
      if (sendCacheHeaders(request, response, { etag: entityTag(csv), cacheControl: PUBLIC_SHORT, vary: ['Accept-Language'] })) return;
      response.type('text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', attachment(`qualitat-${slug}-${period.from}-${period.to}.csv`));
      response.send(csv);
    } catch (error) {
      next(error);
    }
  });

  app.get('/providers/:slug/quality-report.pdf', async (request, response, next) => {
    try {
      const locale = downloadLocale(request.query.locale, request.headers['accept-language']);
      const context = await deps.buildContext(request);
      const now = context.clock.now();
      const quarter = parseReportQuarter(request.query.year, request.query.quarter, catalanDate(now));
      const slug = String(request.params.slug);
      const provider = await providerOf(context, slug);
      // The last four quarters, none before the first a report may cover: four reports of a constant statement count each.
      const quarters = quartersUpTo(quarter).filter((shown) => shown.year >= FIRST_REPORT_YEAR);
      const figuresByQuarter: PublishedCommitment[][] = [];
      for (const shown of quarters) figuresByQuarter.push(await publishedFigures(context, provider.id, quarterPeriod(shown), locale));

      // Sealing gives new bytes each time; the tag names the facts instead, the same on every instance.
      const facts = { slug, quarter, locale, figuresByQuarter };
      const digest = createHash('sha256').update(JSON.stringify(facts)).digest('base64url');
      if (sendCacheHeaders(request, response, { etag: `"quality-report-${digest}"`, cacheControl: PUBLIC_SHORT, vary: ['Accept-Language'] })) return;
      const pdf = await sealed.get(digest, async () => {
        const rendered = await renderQuarterlyReportPdf({
          locale, provider: { name: provider.name, nif: provider.nif }, quarter, chartQuarters: quarters, issuedAt: now,
          resources: quarterlyReportResources(quarters, figuresByQuarter, locale),
        });
        return sealPdf(context, slug, rendered, `${quarterlyReportTitle(locale)} · ${quarterName(quarter, locale)}`);
      });
      response.type('application/pdf');
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Content-Disposition', attachment(`qualitat-${slug}-${quarter.year}-T${quarter.quarter}.pdf`));
      response.send(pdf);
    } catch (error) {
      next(error);
    }
  });
}
