import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { recordAudit } from '../audit/audit.service';
import { RequestContext } from '../graphql/context';
import { notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { requireActor } from '../identity/representation.service';
import { ProviderEntity } from '../tenancy/provider.entity';
import { loadResourceForEditor } from './editable-resource';
import { applyResourceContent, checkResourceContent } from './resource-content-writing';
import { ResourceContentData, validateResourceCode } from './resource-content.validation';
import { recordRevision } from './resource-revision';
import { ResourceRevisionEntity } from './resource-revision.entity';
import { ResourceStatus } from './resource-enums';
import { ResourceSnapshot } from './resource-snapshot';
import { compileResourceSnapshot } from './resource-snapshot.compiler';
import { ResourceEntity } from './resource.entity';

export interface EditingResult {
  snapshot: ResourceSnapshot | null;
  userErrors: UserError[];
}


const staleVersion = (current: number) => userError(UserErrorCode.STALE_VERSION, ['input', 'expectedVersion'], { version: current });
const staleConcurrent = () => userError(UserErrorCode.STALE_VERSION, ['input', 'expectedVersion']);

/** Creates a draft fitxa for an editor of the provider. */
export async function createResource(
  context: RequestContext, input: { provider: string; code: string; content: ResourceContentData },
): Promise<EditingResult> {
  const actor = requireActor(context);
  try {
    return await context.em.transactional(async (em) => {
      const provider = await em.findOne(ProviderEntity, { slug: input.provider });
      if (!provider) throw notFound(['input', 'provider']);
      const { checked, errors } = await checkResourceContent(em, provider, input.content, { actor, resourceId: null });
      errors.unshift(...validateResourceCode(input.code));
      if (errors.length) return { snapshot: null, userErrors: errors };
      const resource = em.create(ResourceEntity, { provider, code: input.code, kind: input.content.kind, status: ResourceStatus.DRAFT });
      await applyResourceContent(em, resource, input.content, checked, context.config.publicBaseUrl);
      await em.flush();
      await recordRevision(em, actor, resource, 'create');
      recordAudit(em, actor, {
        providerId: provider.id, action: 'resource.create', targetType: 'Resource', targetId: resource.id,
        details: { code: resource.code, version: resource.version },
      });
      await em.flush();
      return { snapshot: compileResourceSnapshot(resource), userErrors: [] };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      return { snapshot: null, userErrors: [userError(UserErrorCode.DUPLICATE_CODE, ['input', 'code'])] };
    }
    throw error;
  }
}

/** Replaces a fitxa's working content; what the public sees changes only when it is published. */
export async function updateResource(
  context: RequestContext, input: { resourceId: string; expectedVersion: number; content: ResourceContentData },
): Promise<EditingResult> {
  const actor = requireActor(context);
  try {
    return await context.em.transactional(async (em) => {
      const resource = await loadResourceForEditor(em, actor, input.resourceId, 'edit');
      if (input.expectedVersion !== resource.version) return { snapshot: compileResourceSnapshot(resource), userErrors: [staleVersion(resource.version)] };
      const { checked, errors } = await checkResourceContent(em, resource.provider, input.content, { actor, resourceId: resource.id });
      if (errors.length) return { snapshot: compileResourceSnapshot(resource), userErrors: errors };
      await applyResourceContent(em, resource, input.content, checked, context.config.publicBaseUrl);
      // Lists are other tables: touching the fitxa itself makes every save bump (and check) its version.
      resource.updatedAt = new Date();
      await em.flush();
      await recordRevision(em, actor, resource, 'update');
      recordAudit(em, actor, {
        providerId: resource.provider.id, action: 'resource.update', targetType: 'Resource', targetId: resource.id,
        details: { code: resource.code, from: input.expectedVersion, version: resource.version },
      });
      await em.flush();
      return { snapshot: compileResourceSnapshot(resource), userErrors: [] };
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) return { snapshot: null, userErrors: [staleConcurrent()] };
    throw error;
  }
}

/** Makes an earlier revision's content the working draft again (itself a new revision). */
export async function restoreResourceRevision(
  context: RequestContext, input: { resourceId: string; revisionId: string; expectedVersion: number },
): Promise<EditingResult> {
  const actor = requireActor(context);
  try {
    return await context.em.transactional(async (em) => {
      const resource = await loadResourceForEditor(em, actor, input.resourceId, 'restore');
      if (input.expectedVersion !== resource.version) return { snapshot: compileResourceSnapshot(resource), userErrors: [staleVersion(resource.version)] };
      const decoded = fromGlobalId(input.revisionId);
      const revision = decoded?.type === 'ResourceRevision' ? await em.findOne(ResourceRevisionEntity, { id: decoded.id, resource }) : null;
      if (!revision) throw notFound(['input', 'revisionId']);
      // Areas, units or catalogues it names may have gone since, and rules (bounds) may have come:
      // say so rather than restore what a save would refuse. The revision is not part of the
      // input: its faults are the revision's.
      const { checked, errors } = await checkResourceContent(em, resource.provider, revision.content, { actor, resourceId: resource.id });
      if (errors.length) {
        return { snapshot: compileResourceSnapshot(resource), userErrors: errors.map((error) => ({ ...error, field: ['input', 'revisionId'] as const })) };
      }
      await applyResourceContent(em, resource, revision.content, checked, context.config.publicBaseUrl);
      resource.updatedAt = new Date();
      await em.flush();
      await recordRevision(em, actor, resource, 'restore');
      recordAudit(em, actor, {
        providerId: resource.provider.id, action: 'resource.restore', targetType: 'Resource', targetId: resource.id,
        details: { code: resource.code, restoredVersion: revision.version, version: resource.version },
      });
      await em.flush();
      return { snapshot: compileResourceSnapshot(resource), userErrors: [] };
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) return { snapshot: null, userErrors: [staleConcurrent()] };
    throw error;
  }
}

/** Deletes a fitxa that was never published. */
export async function deleteResourceDraft(
  context: RequestContext, input: { resourceId: string; expectedVersion: number },
): Promise<{ deletedResourceId: string | null; userErrors: UserError[] }> {
  const actor = requireActor(context);
  try {
    return await context.em.transactional(async (em) => {
      const resource = await loadResourceForEditor(em, actor, input.resourceId, 'delete');
      if (input.expectedVersion !== resource.version) return { deletedResourceId: null, userErrors: [staleVersion(resource.version)] };
      if (resource.status !== ResourceStatus.DRAFT || resource.firstPublishedAt != null) {
        return { deletedResourceId: null, userErrors: [userError(UserErrorCode.NOT_A_DRAFT, ['input', 'resourceId'])] };
      }
      const { id, code, version } = resource;
      recordAudit(em, actor, {
        providerId: resource.provider.id, action: 'resource.delete-draft', targetType: 'Resource', targetId: id, details: { code, version },
      });
      em.remove(resource);
      await em.flush();
      return { deletedResourceId: id, userErrors: [] };
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) return { deletedResourceId: null, userErrors: [staleConcurrent()] };
    throw error;
  }
}
