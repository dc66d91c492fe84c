import { EntityManager } from '@mikro-orm/postgresql';
import { StoredFileEntity } from '../files/stored-file.entity';
import { fromGlobalId, toGlobalId } from '../graphql/global-id';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { Actor } from '../identity/actor';
import { LocalizedText } from '../i18n/locale';
import { ResourceDocumentVersionEntity } from './resource-document-version.entity';
import { ResourceDocumentEntity } from './resource-document.entity';
import { ResourceDocumentKind } from '../catalogue/resource-enums';
import { ResourceEntity } from '../catalogue/resource.entity';

/** A document as a save gives it, after validation; `file` when it is an upload. */
export interface DocumentContent {
  code: string;
  kind: ResourceDocumentKind;
  title: LocalizedText;
  version?: string | null;
  file?: StoredFileEntity | null;
  sha256?: string | null;
  url?: string | null;
  mediaType?: string | null;
  mustAccept?: boolean | null;
  mustAttach?: boolean | null;
  signedCopyOnAcceptance?: boolean | null;
}

/** Where anyone downloads a version that was published; staff of the provider may preview others. */
export function documentVersionUrl(publicBaseUrl: string, versionId: string): string {
  return `${publicBaseUrl}/documents/${toGlobalId('ResourceDocument', versionId)}`;
}

/**
 * Finds the uploads that documents name. An editor may bind a file they uploaded, or one already
 * bound to this fitxa (restoring a revision that another editor's upload was part of); anything
 * else answers as if the file did not exist, so ids of other people's uploads reveal nothing.
 * Without an actor (the seeds), only files already bound to the fitxa may be named.
 */
export async function resolveDocumentFiles(
  em: EntityManager, actor: Actor | null, resourceId: string | null, documents: { fileId?: string | null }[] | null | undefined,
): Promise<{ files: (StoredFileEntity | null)[]; errors: UserError[] }> {
  const errors: UserError[] = [];
  const files = await Promise.all((documents ?? []).map(async (document, index) => {
    if (!document.fileId) return null;
    const decoded = fromGlobalId(document.fileId);
    const file = decoded?.type === 'StoredFile' ? await em.findOne(StoredFileEntity, { id: decoded.id }) : null;
    const mayBind = file != null && ((actor != null && file.uploaderSubject === actor.subject) || (resourceId != null
      && await em.count(ResourceDocumentVersionEntity, { resource: resourceId, file }) > 0));
    if (!mayBind) errors.push(userError(UserErrorCode.UNKNOWN_FILE, ['input', 'content', 'documents', String(index), 'fileId']));
    return mayBind ? file : null;
  }));
  return { files, errors };
}

/**
 * Replaces the fitxa's documents. Each keeps its current version while its content (SHA-256) is
 * unchanged; other content becomes the document's next version, and earlier versions stay for the
 * applications that accepted them.
 */
export async function applyDocuments(
  em: EntityManager, resource: ResourceEntity, documents: DocumentContent[], publicBaseUrl: string,
): Promise<void> {
  const latest = new Map<string, ResourceDocumentVersionEntity>();
  const existing = await em.find(ResourceDocumentVersionEntity, { resource: resource.id }, { orderBy: { number: 'desc' }, populate: ['file'] });
  for (const version of existing) if (!latest.has(version.code)) latest.set(version.code, version);

  resource.documents.set(documents.map((document, index) => {
    const sha256 = (document.file?.sha256 ?? document.sha256 ?? '').toLowerCase();
    const mediaType = document.file?.mediaType ?? document.mediaType ?? '';
    const externalUrl = document.file ? null : document.url ?? null;
    const current = latest.get(document.code);
    const unchanged = current && current.sha256 === sha256 && current.externalUrl === externalUrl && current.mediaType === mediaType;
    const version = unchanged ? current : em.create(ResourceDocumentVersionEntity, {
      resource, code: document.code, number: (current?.number ?? 0) + 1, sha256, mediaType, file: document.file ?? null, externalUrl,
    });
    return em.create(ResourceDocumentEntity, {
      resource, position: index + 1, code: document.code, kind: document.kind, title: document.title,
      version: document.version || String(version.number), documentVersion: version, sha256, mediaType,
      url: externalUrl ?? documentVersionUrl(publicBaseUrl, version.id),
      mustAccept: document.mustAccept ?? false, mustAttach: document.mustAttach ?? false,
      signedCopyOnAcceptance: document.signedCopyOnAcceptance ?? false,
    });
  }));
}

/** Notes the first publication of the versions a snapshot shows: from then on they are public. */
export async function markDocumentVersionsPublished(em: EntityManager, versionIds: string[], now: Date): Promise<void> {
  if (versionIds.length === 0) return;
  await em.nativeUpdate(ResourceDocumentVersionEntity, { id: { $in: versionIds }, firstPublishedAt: null }, { firstPublishedAt: now });
}
