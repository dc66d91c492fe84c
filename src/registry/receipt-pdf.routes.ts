import type { Express, Request } from 'express';
import { findReadableApplication } from '../applications/application-access';
import { ApplicationEntity } from '../applications/application.entity';
import { Clock } from '../clock';
import { AuthenticationRequired, forbidden, notFound } from '../errors/domain-error';
import { attachment, downloadLocale, RenderedPdfCache } from '../exports/fitxa-pdf.routes';
import { DownloadUrls } from '../files/download-urls';
import { withoutTenantFilter } from '../database/tenant-filter';
import { RequestContext } from '../graphql/context';
import { fromGlobalId, toGlobalId } from '../graphql/global-id';
import { PRIVATE_NO_STORE } from '../http/cache-headers';
import { receiptClaimsOf } from './receipt-claims';
import { receiptPdfPath, sealedReceiptPdf } from './receipt-pdf.service';

export interface ReceiptPdfRouteDependencies {
  clock: Clock;
  downloadUrls: DownloadUrls;
  /** The app's context builder; with `authenticate` false the request is anonymous (a signed link needs no token). */
  buildContext(request: Request, authenticate?: boolean): Promise<RequestContext>;
  /** How many sealed receipts an instance keeps (default 200). */
  cacheEntries?: number;
}

/**
 * `GET /applications/{id}/receipt.pdf`: the justificant, sealed by the provider (PAdES), in the
 * locale of `?locale=` or Accept-Language. Who may read it is who may read the application (the
 * rule of its attachments at GET /files/{id}): people acting for the entity, and the provider's
 * reviewers once submitted; anyone else gets 404. A signed link (`receipt.pdfUrl`) works without
 * a token for a few minutes; an expired or tampered one gets 403.
 *
 * Each instance keeps the receipts it sealed, so repeated downloads get the same bytes; another
 * instance seals its own copy, with the same content and an equally valid seal.
 */
export function registerReceiptPdfRoutes(app: Express, deps: ReceiptPdfRouteDependencies): void {
  const sealed = new RenderedPdfCache(deps.cacheEntries ?? 200);

  app.get('/applications/:id/receipt.pdf', async (request, response, next) => {
    try {
      const decoded = fromGlobalId(String(request.params.id));
      const globalId = decoded?.type === 'Application' ? toGlobalId('Application', decoded.id) : null;
      const check = deps.downloadUrls.check(globalId ? receiptPdfPath(globalId) : '/applications/-/receipt.pdf', request.query, deps.clock.now());
      if (check === 'invalid') throw forbidden();
      const signed = check === 'valid';
      const locale = downloadLocale(request.query.locale, request.headers['accept-language']);
      const context = await deps.buildContext(request, !signed);
      if (!signed && !context.identity.actor) throw new AuthenticationRequired();
      // A valid link is the permission; otherwise the application's own reading rule decides.
      const application = !globalId ? null : signed
        ? await context.em.findOne(ApplicationEntity, { id: decoded!.id }, { populate: ['provider'], ...withoutTenantFilter('a valid signed link is the permission, whoever follows it') })
        : await findReadableApplication(context, globalId);
      if (!application?.receiptJws) throw notFound(['id']);

      const receipt = await sealed.get(`${application.id}:${locale}`, async () => (await sealedReceiptPdf(context, application, locale))!.pdf);
      const { registryNumber } = receiptClaimsOf(application.receiptJws);
      response.setHeader('Cache-Control', PRIVATE_NO_STORE);
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.type('application/pdf');
      response.setHeader('Content-Disposition', attachment(`justificant-${registryNumber}.pdf`));
      response.send(receipt);
    } catch (error) {
      next(error);
    }
  });
}
