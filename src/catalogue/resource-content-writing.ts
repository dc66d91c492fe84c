import { EntityManager } from '@mikro-orm/postgresql';
import { StoredFileEntity } from '../files/stored-file.entity';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { Actor } from '../identity/actor';
import { AreaEntity } from '../tenancy/area.entity';
import { CatalogueEntity } from '../tenancy/catalogue.entity';
import { ProgrammeEntity } from '../tenancy/programme.entity';
import { ProviderUnitEntity } from '../tenancy/provider-unit.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationWindowEntity } from './application-window.entity';
import { InterlocutorRoleEntity } from './interlocutor-role.entity';
import { LegalReferenceEntity } from './legal-reference.entity';
import { ProcedureStepEntity } from './procedure-step.entity';
import { QualityCommitmentEntity } from './quality-commitment.entity';
import { RequirementEntity } from './requirement.entity';
import { requirementCode, ResourceContentData, toLocalizedText, validateResourceContent } from './resource-content.validation';
import { applyDocuments, resolveDocumentFiles } from '../documents/resource-documents';
import { ResourceTranslationEntity } from './resource-translation.entity';
import { ResourceEntity } from './resource.entity';
import { ServiceOptionEntity } from './service-option.entity';
import { SurveyQuestionEntity } from './survey-question.entity';

/**
 * The one path by which a fitxa's content is written: editors' saves (resource-editing.service.ts)
 * and the seeds (seeds/resource-seeding.ts) both check content with `checkResourceContent` and
 * write it with `applyResourceContent`, so a seed is held to every rule an editor is.
 */

interface Taxonomy {
  catalogue: CatalogueEntity | null;
  area: AreaEntity | null;
  programme: ProgrammeEntity | null;
  providerUnit: ProviderUnitEntity | null;
}

/** What checking found in the database for the content: its taxonomy rows and uploaded files. */
export interface CheckedContent {
  taxonomy: Taxonomy;
  files: (StoredFileEntity | null)[];
}

/**
 * Every problem of the content, each with its path under ["input", "content"]: the field rules
 * and bounds, then the provider's taxonomy codes and the uploads documents name. `actor` is who
 * may bind uploads (null: nobody, as for seeds); `resourceId` the fitxa being saved, if it exists.
 */
export async function checkResourceContent(
  em: EntityManager, provider: ProviderEntity, content: ResourceContentData, uploads: { actor: Actor | null; resourceId: string | null },
): Promise<{ checked: CheckedContent; errors: UserError[] }> {
  const errors = validateResourceContent(content);
  const { taxonomy, errors: taxonomyErrors } = await resolveTaxonomy(em, provider, content);
  const { files, errors: fileErrors } = await resolveDocumentFiles(em, uploads.actor, uploads.resourceId, content.documents);
  return { checked: { taxonomy, files }, errors: [...errors, ...taxonomyErrors, ...fileErrors] };
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
export async function applyResourceContent(
  em: EntityManager, resource: ResourceEntity, content: ResourceContentData, { taxonomy, files: documentFiles }: CheckedContent, publicBaseUrl: string,
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
  resource.survey.set((content.survey ?? []).map((q, index) => em.create(SurveyQuestionEntity, {
    resource, position: index + 1, code: q.code, text: required(q.text), kind: q.kind, fitToNeeds: q.fitToNeeds ?? false, required: q.required ?? false,
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
