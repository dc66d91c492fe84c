import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service';
import { StoredFileEntity } from '../files/stored-file.entity';
import { RequestContext } from '../graphql/context';
import { forbidden, notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { hasRole } from '../identity/actor';
import { requireActor } from '../identity/representation.service';
import { AreaEntity } from '../tenancy/area.entity';
import { CatalogueEntity } from '../tenancy/catalogue.entity';
import { ProgrammeEntity } from '../tenancy/programme.entity';
import { ProviderUnitEntity } from '../tenancy/provider-unit.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationWindowEntity } from './application-window.entity';
import { loadResourceForEditor } from './editable-resource';
import { recordRevision } from './resource-revision';
import { ResourceRevisionEntity } from './resource-revision.entity';
import { InterlocutorRoleEntity } from './interlocutor-role.entity';
import { LegalReferenceEntity } from './legal-reference.entity';
import { ProcedureStepEntity } from './procedure-step.entity';
import { QualityCommitmentEntity } from './quality-commitment.entity';
import { RequirementEntity } from './requirement.entity';
import {
  requirementCode, ResourceContentData, toLocalizedText, validateResourceCode, validateResourceContent,
} from './resource-content.validation';
import { applyDocuments, resolveDocumentFiles } from '../documents/resource-documents';
import { ResourceStatus } from './resource-enums';
import { ResourceSnapshot } from './resource-snapshot';
import { compileResourceSnapshot } from './resource-snapshot.compiler';
import { ResourceTranslationEntity } from './resource-translation.entity';
import { ResourceEntity } from './resource.entity';
import { ServiceOptionEntity } from './service-option.entity';

export interface EditingResult {
  snapshot: ResourceSnapshot | null;
  userErrors: UserError[];
}

interface Taxonomy {
  catalogue: CatalogueEntity | null;
  area: AreaEntity | null;
  programme: ProgrammeEntity | null;
  providerUnit: ProviderUnitEntity | null;
}


const staleVersion = (current: number) => userError(UserErrorCode.STALE_VERSION, ['input', 'expectedVersion'], { version: current });
const staleConcurrent = () => userError(UserErrorCode.STALE_VERSION, ['input', 'expectedVersion']);

/** Creates a draft fitxa for an editor of the provider. */
export async function createResource(
  context: RequestContext, input: { provider: string; code: string; content: ResourceContentData },
): Promise<EditingResult> {
  const actor = requireActor(context);
  if (!hasRole(actor, 'editor', input.provider)) throw forbidden(['input', 'provider']);
  const errors = [...validateResourceCode(input.code), ...validateResourceContent(input.content)];
  try {
    return await context.em.transactional(async (em) => {
      const provider = await em.findOne(ProviderEntity, { slug: input.provider });
      if (!provider) throw notFound(['input', 'provider']);
      const { taxonomy, errors: taxonomyErrors } = await resolveTaxonomy(em, provider, input.content);
      const { files, errors: fileErrors } = await resolveDocumentFiles(em, actor, null, input.content.documents);
      errors.push(...taxonomyErrors, ...fileErrors);
      if (errors.length) return { snapshot: null, userErrors: errors };
      const resource = em.create(ResourceEntity, { provider, code: input.code, kind: input.content.kind, status: ResourceStatus.DRAFT });
      await applyContent(em, resource, input.content, taxonomy, files, context.config.publicBaseUrl);
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
      const errors = validateResourceContent(input.content);
      const { taxonomy, errors: taxonomyErrors } = await resolveTaxonomy(em, resource.provider, input.content);
      const { files, errors: fileErrors } = await resolveDocumentFiles(em, actor, resource.id, input.content.documents);
      errors.push(...taxonomyErrors, ...fileErrors);
      if (errors.length) return { snapshot: compileResourceSnapshot(resource), userErrors: errors };
      await applyContent(em, resource, input.content, taxonomy, files, context.config.publicBaseUrl);
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
      // Areas, units or catalogues it names may have gone since: say so rather than restore half.
      // The revision is not part of the input: its faults are the revision's.
      const { taxonomy, errors } = await resolveTaxonomy(em, resource.provider, revision.content);
      const { files, errors: fileErrors } = await resolveDocumentFiles(em, actor, resource.id, revision.content.documents);
      errors.push(...fileErrors);
      if (errors.length) {
        return { snapshot: compileResourceSnapshot(resource), userErrors: errors.map((error) => ({ ...error, field: ['input', 'revisionId'] as const })) };
      }
      await applyContent(em, resource, revision.content, taxonomy, files, context.config.publicBaseUrl);
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

async function resolveTaxonomy(em: EntityManager, provider: ProviderEntity, content: ResourceContentData): Promise<{ taxonomy: Taxonomy; errors: UserError[] }> {
  const errors: UserError[] = [];
  const lookup = async <T extends object>(entity: new () => T, code: string | null | undefined, field: string): Promise<T | null> => {
    if (code == null || code === '') return null;
    const found = await em.findOne(entity as any, { provider, code } as any) as T | null;
    if (!found) errors.push(userError(UserErrorCode.UNKNOWN_CODE, ['input', 'content', field]));
    return found;
  };
  const taxonomy: Taxonomy = {
    catalogue: await lookup(CatalogueEntity, content.catalogueCode, 'catalogueCode'),
    area: await lookup(AreaEntity, content.areaCode, 'areaCode'),
    programme: await lookup(ProgrammeEntity, content.programmeCode, 'programmeCode'),
    providerUnit: await lookup(ProviderUnitEntity, content.unitCode, 'unitCode'),
  };
  return { taxonomy, errors };
}

/** Writes validated content into the fitxa; lists replace the stored ones, positions from list order. */
async function applyContent(
  em: EntityManager, resource: ResourceEntity, content: ResourceContentData, taxonomy: Taxonomy,
  documentFiles: (StoredFileEntity | null)[], publicBaseUrl: string,
): Promise<void> {
  resource.kind = content.kind;
  resource.modality = toLocalizedText(content.modality);
  resource.provisionType = content.provisionType ?? null;
  resource.audience = [...(content.audience ?? [])];
  resource.sdgs = [...(content.sdgs ?? [])];
  resource.catalogue = taxonomy.catalogue;
  resource.area = taxonomy.area;
  resource.programme = taxonomy.programme;
  resource.providerUnit = taxonomy.providerUnit;
  resource.channelKind = content.channel?.kind ?? null;
  resource.channelName = content.channel ? toLocalizedText(content.channel.name) : null;
  resource.channelUrl = content.channel?.url || null;
  resource.grantProcedure = content.grantProcedure ?? null;
  resource.resolutionTermAmount = content.resolutionTerm?.amount ?? null;
  resource.resolutionTermUnit = content.resolutionTerm?.unit ?? null;
  resource.silenceEffect = content.silenceEffect ?? null;
  resource.maxApplicationsPerEntity = content.maxApplicationsPerEntity ?? null;

  // Translations are unique per locale: update the row of a locale in place (deletes are flushed last).
  const kept = new Set<ResourceTranslationEntity>();
  for (const t of content.translations) {
    const fields = {
      title: t.title, summary: t.summary ?? null, description: t.description ?? null, applicationConditions: t.applicationConditions ?? null,
      executionConditions: t.executionConditions ?? null, revocationConditions: t.revocationConditions ?? null,
      afterApplication: t.afterApplication ?? null, resolutionTermNote: t.resolutionTermNote ?? null,
    };
    const existing = resource.translations.getItems().find((row) => row.locale === t.locale);
    if (existing) {
      Object.assign(existing, fields);
      kept.add(existing);
    } else {
      const row = em.create(ResourceTranslationEntity, { resource, locale: t.locale, ...fields });
      resource.translations.add(row);
      kept.add(row);
    }
  }
  for (const row of resource.translations.getItems()) if (!kept.has(row)) resource.translations.remove(row);

  const required = (items: Parameters<typeof toLocalizedText>[0]) => toLocalizedText(items) ?? {};
  resource.requirements.set((content.requirements ?? []).map((r, index) => em.create(RequirementEntity, {
    resource, position: index + 1, code: requirementCode(r, index), text: required(r.text), verification: r.verification, documentCode: r.documentCode ?? null,
  })));
  await applyDocuments(em, resource, (content.documents ?? []).map((d, index) => ({
    ...d, title: required(d.title), file: documentFiles[index] ?? null,
  })), publicBaseUrl);
  resource.serviceOptions.set((content.serviceOptions ?? []).map((s, index) => em.create(ServiceOptionEntity, {
    resource, position: index + 1, code: s.code, name: required(s.name), recommended: s.recommended ?? false,
  })));
  resource.applicationWindows.set((content.applicationWindows ?? []).map((w) => em.create(ApplicationWindowEntity, {
    resource, label: w.label ?? null, opensOn: w.opensOn, closesOn: w.closesOn,
  })));
  resource.qualityCommitments.set((content.qualityCommitments ?? []).map((q, index) => em.create(QualityCommitmentEntity, {
    resource, position: index + 1, indicator: q.indicator, text: required(q.text), threshold: q.threshold, thresholdUnit: q.thresholdUnit ?? null,
    targetPercent: q.targetPercent, hardLimitAmount: q.hardLimitAmount ?? null, hardLimitUnit: q.hardLimitUnit ?? null,
    breachAction: toLocalizedText(q.breachAction),
  })));
  resource.legalReferences.set((content.legalReferences ?? []).map((l, index) => em.create(LegalReferenceEntity, {
    resource, position: index + 1, title: required(l.title), url: l.url ?? null, eli: l.eli ?? null,
  })));
  resource.procedureSteps.set((content.procedureSteps ?? []).map((s, index) => em.create(ProcedureStepEntity, {
    resource, position: index + 1, kind: s.kind, title: required(s.title),
  })));
  resource.interlocutorRoles.set((content.interlocutorRoles ?? []).map((r, index) => em.create(InterlocutorRoleEntity, {
    resource, position: index + 1, code: r.code, name: required(r.name), required: r.required ?? true,
  })));
}
