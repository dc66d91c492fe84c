import { pipeline } from 'node:stream/promises';
import type { Express, Request, Response } from 'express';
import { Clock } from '../clock';
import { Config } from '../config';
import { PRIVATE_NO_STORE, PRIVATE_REVALIDATE, PUBLIC_LONG, sendCacheHeaders } from '../http/cache-headers';
import { DownloadUrls } from './download-urls';
import { RequestContext } from '../graphql/context';
import { AuthenticationRequired, forbidden, notFound } from '../errors/domain-error';
import { describeError, errorBody, errorHeaders } from '../errors/error-mapping';
import { fromGlobalId, toGlobalId } from '../graphql/global-id';
import { actingEntities } from '../identity/representation.service';
import { REVIEWERS_SEE_SQL, reviewedProviderSlugs } from '../applications/application.policy';
import { postgresArray } from '../database/postgres-array';
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from '../i18n/locale';
import { Logger } from '../logger';
import { attachmentDisposition } from './file-name';
import { FileStorage, LocalFileStorage } from './file-storage';
import { receiveUpload } from './file-upload';
import { StoredFileEntity } from './stored-file.entity';
import { ResourceDocumentVersionEntity } from '../documents/resource-document-version.entity';
import { withoutTenantFilter } from '../database/tenant-filter';
import { canReadUnpublishedDocuments } from '../documents/document.policy';
import { authorize } from '../identity/policy';
import { canUploadFiles } from './file.policy';

export interface FileRoutesDependencies {
  config: Config;
  logger: Logger;
  clock: Clock;
  downloadUrls: DownloadUrls;
  /**
   * The app's context builder: verifies the token (throws UNAUTHENTICATED) and scopes `em`;
   * with `authenticate` false the request is anonymous (a signed link needs no token).
   */
  buildContext(request: Request, authenticate?: boolean): Promise<RequestContext>;
  /** Defaults to a LocalFileStorage in `config.files.directory`. */
  storage?: FileStorage;
}

/**
 * `POST /files` stores one uploaded file and answers 201 with its description; `GET /files/:id`
 * serves it back. Errors have the GraphQL shape `{ errors: [{ message, extensions: { code } }] }`.
 *
 * Who may upload: a verified person who is staff of some provider or who may act for a local
 * entity (representative certificate or an active authorization). Who may read: the uploader, and
 * for a file attached to an application, those who may read the application; anyone else is
 * answered 404, as if the file did not exist. Documents of fitxes are served at /documents/:id.
 *
 * Both download routes also accept a signed link (`?expires=…&signature=…`, src/files/download-urls.ts)
 * instead of a bearer token: a valid one is the permission; an expired or tampered one gets 403.
 */
export function registerFileRoutes(app: Express, deps: FileRoutesDependencies): void {
  const { config, logger, clock, downloadUrls, buildContext } = deps;
  /** The signature check of a download request, for the canonical path of the object it names. */
  const signedLink = (request: Request, type: 'StoredFile' | 'ResourceDocument', route: string) => {
    const decoded = fromGlobalId(String(request.params.id));
    const canonical = decoded?.type === type ? `${route}/${toGlobalId(type, decoded.id)}` : `${route}/-`;
    const check = downloadUrls.check(canonical, request.query, clock.now());
    // An expired or tampered link: the link itself is not a permission any more.
    if (check === 'invalid') throw forbidden();
    return check === 'valid';
  };
  const storage = deps.storage ?? new LocalFileStorage(config.files.directory);
  const maxBytes = config.files.maxBytes;

  app.post('/files', async (request, response) => {
    try {
      const context = await buildContext(request);
      await requireUploader(context);
      const upload = await receiveUpload(request, { maxBytes, storage });
      try {
        await upload.pending.commit(upload.sha256);
      } catch (error) {
        await upload.pending.discard();
        throw error;
      }
      // A failure from here on leaves committed content without a row: whole, unreachable, and
      // shared by hash with any other upload of the same bytes, so it is not removed here.
      const actor = context.identity.actor!;
      const file = context.em.create(StoredFileEntity, {
        sha256: upload.sha256, size: upload.size, mediaType: upload.mediaType, filename: upload.filename,
        uploaderSubject: actor.subject, uploaderNif: actor.nif, createdAt: context.clock.now(),
      });
      await context.em.flush();
      const id = toGlobalId('StoredFile', file.id);
      response.location(`/files/${id}`);
      sendJson(response, 201, {
        id, sha256: file.sha256, size: file.size, mediaType: file.mediaType, filename: file.filename,
        downloadUrl: downloadUrls.sign(`/files/${id}`, context.clock.now()),
      });
    } catch (error) {
      sendError(response, error, logger);
    }
  });

  app.get('/files/:id', async (request, response) => {
    try {
      const signed = signedLink(request, 'StoredFile', '/files');
      const context = await buildContext(request, !signed);
      const actor = context.identity.actor;
      if (!signed && !actor) throw new AuthenticationRequired();
      const decoded = fromGlobalId(String(request.params.id));
      const file = decoded?.type === 'StoredFile' ? await context.em.findOne(StoredFileEntity, { id: decoded.id }) : null;
      if (!file || !(signed || file.uploaderSubject === actor!.subject || await readsAsAttachment(context, file.id))) {
        throw notFound(['id']);
      }

      await sendContent(request, response, storage, { ...file, cacheControl: signed ? PRIVATE_NO_STORE : PRIVATE_REVALIDATE });
    } catch (error) {
      if (response.headersSent) {
        logger.warn({ err: error }, 'Serving a stored file stopped');
        response.destroy();
        return;
      }
      sendError(response, error, logger);
    }
  });

  // A version of a fitxa's document: anyone's once a publication showed it, the provider's staff's before.
  app.get('/documents/:id', async (request, response) => {
    try {
      const signed = signedLink(request, 'ResourceDocument', '/documents');
      const context = await buildContext(request, !signed);
      const decoded = fromGlobalId(String(request.params.id));
      const version = decoded?.type === 'ResourceDocument'
        ? await context.em.findOne(ResourceDocumentVersionEntity, { id: decoded.id }, { populate: ['file', 'resource.provider'], ...withoutTenantFilter('a published condition document is public; the route checks who may read an unpublished one') })
        : null;
      const isPublic = version?.firstPublishedAt != null;
      const visible = isPublic || signed || (version != null && canReadUnpublishedDocuments(context.identity, version.resource.provider.id));
      if (!version?.file || !visible) throw notFound(['id']);
      await sendContent(request, response, storage, {
        ...version.file, cacheControl: isPublic ? PUBLIC_LONG : signed ? PRIVATE_NO_STORE : PRIVATE_REVALIDATE,
      });
    } catch (error) {
      if (response.headersSent) {
        logger.warn({ err: error }, 'Serving a document stopped');
        response.destroy();
        return;
      }
      sendError(response, error, logger);
    }
  });
}

/**
 * Sends stored content with its SHA-256 as the entity tag (304 when the client has it). Contents
 * never change under a hash, but who may read them can, hence the caller's Cache-Control.
 */
async function sendContent(
  request: Request, response: Response, storage: FileStorage,
  file: { id: string; sha256: string; mediaType: string; filename: string; cacheControl: string },
): Promise<void> {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (sendCacheHeaders(request, response, { etag: `"${file.sha256}"`, cacheControl: file.cacheControl })) return;
  const content = await storage.read(file.sha256);
  if (!content) throw new Error(`Content of stored file ${file.id} (sha256 ${file.sha256}) is missing from storage`);
  response.setHeader('Content-Type', file.mediaType);
  response.setHeader('Content-Length', String(content.size));
  response.setHeader('Content-Disposition', attachmentDisposition(file.filename));
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  if (request.method === 'HEAD') {
    content.stream.destroy();
    response.end();
    return;
  }
  await pipeline(content.stream, response);
}

/**
 * Whether the caller reads the file as part of an application they may read (an attachment, or
 * the document of a notification to the entity): people who act for the applying entity, and the
 * provider's reviewers and admins once it is submitted.
 */
async function readsAsAttachment(context: RequestContext, fileId: string): Promise<boolean> {
  const actor = context.identity.actor!;
  const entityIds = postgresArray((await actingEntities(context)).map((entity) => entity.id));
  const reviewing = postgresArray(reviewedProviderSlugs(actor));
  const mayRead = `(a.local_entity_id = any(?::uuid[]) or (${REVIEWERS_SEE_SQL('a')} and p.slug = any(?::text[])))`;
  const [row] = await context.em.getConnection().execute<{ readable: boolean }[]>(
    `select exists (
       select 1 from application_attachment t join application a on a.id = t.application_id join provider p on p.id = a.provider_id
        where t.file_id = ? and ${mayRead}
       union all
       select 1 from notification n join application a on a.id = n.application_id join provider p on p.id = a.provider_id
        where n.document_id = ? and ${mayRead}
     ) as readable`,
    [fileId, entityIds, reviewing, fileId, entityIds, reviewing],
  );
  return row.readable;
}

/** Staff of a provider, or someone who may act for a local entity. */
async function requireUploader(context: RequestContext): Promise<void> {
  if (!context.identity.actor) throw new AuthenticationRequired();
  // The database is read only when the token alone does not settle it.
  if (canUploadFiles(context.identity, false)) return;
  authorize(canUploadFiles(context.identity, (await actingEntities(context)).length > 0));
}

/** The same answer GraphQL gives, through the one mapping (errors/error-mapping.ts), in the request's language. */
function sendError(response: Response, error: unknown, logger: Logger): void {
  const described = describeError(error, localeFromAcceptLanguage(response.req.headers['accept-language']) ?? DEFAULT_LOCALE);
  if (described.unexpected) logger.error({ err: error }, 'Unexpected error in a file request');
  response.set(errorHeaders(described));
  sendJson(response, described.status, errorBody(described));
}

/** Like `response.json`, without the ETag Express would compute: only file contents have one here. */
function sendJson(response: Response, status: number, body: unknown): void {
  response.status(status).type('application/json').end(JSON.stringify(body));
}
