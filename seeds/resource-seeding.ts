import { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationWindowEntity } from '../src/catalogue/application-window.entity';
import { InterlocutorRoleEntity } from '../src/catalogue/interlocutor-role.entity';
import { LegalReferenceEntity } from '../src/catalogue/legal-reference.entity';
import { ProcedureStepEntity } from '../src/catalogue/procedure-step.entity';
import { QualityCommitmentEntity } from '../src/catalogue/quality-commitment.entity';
import { RequirementEntity } from '../src/catalogue/requirement.entity';
import { RequirementVerification } from '../src/catalogue/resource-enums';
import { publishResource } from '../src/catalogue/resource-publication';
import { requirementCode } from '../src/catalogue/resource-content.validation';
import { ResourceDocumentVersionEntity } from '../src/documents/resource-document-version.entity';
import { ResourceDocumentEntity } from '../src/documents/resource-document.entity';
import { ResourceTranslationEntity } from '../src/catalogue/resource-translation.entity';
import { ResourceEntity } from '../src/catalogue/resource.entity';
import { ServiceOptionEntity } from '../src/catalogue/service-option.entity';
import { Locale } from '../src/i18n/locale';
import { AreaEntity } from '../src/tenancy/area.entity';
import { CatalogueEntity } from '../src/tenancy/catalogue.entity';
import { ProgrammeEntity } from '../src/tenancy/programme.entity';
import { ProviderUnitEntity } from '../src/tenancy/provider-unit.entity';
import { ProviderEntity } from '../src/tenancy/provider.entity';
import { ResourceSeed } from './data/types';
import { SeedOptions } from './seed-options';

export interface ResourceSeedingResult {
  created: number;
  published: number;
  /** Already in the database: editors own them, so the seed leaves them alone. */
  existing: number;
}

/** A provider's taxonomy, by code, for resolving the codes a fitxa seed names. */
interface ProviderTaxonomy {
  provider: ProviderEntity;
  areas: Map<string, AreaEntity>;
  programmes: Map<string, ProgrammeEntity>;
  catalogues: Map<string, CatalogueEntity>;
  units: Map<string, ProviderUnitEntity>;
}

/**
 * Creates the fitxes that do not exist yet, by (provider, code), and publishes those whose seed
 * does not say `publish: false`. Existing fitxes are never touched: once seeded they belong to the
 * editors, and re-seeding must not undo their work.
 */
export async function seedResources(em: EntityManager, seeds: ResourceSeed[], options: SeedOptions): Promise<ResourceSeedingResult> {
  const taxonomies = await loadTaxonomies(em, [...new Set(seeds.map((seed) => seed.provider))]);
  assertResourceSeedsConsistent(seeds, taxonomies);

  const providerIds = [...taxonomies.values()].map((taxonomy) => taxonomy.provider.id);
  // Plain rows, not entities: only the keys are needed, and partially loaded fitxes must not
  // linger in the caller's identity map.
  const existing = await em.createQueryBuilder(ResourceEntity, 'resource')
    .select(['resource.provider', 'resource.code'])
    .where({ provider: { $in: providerIds }, code: { $in: seeds.map((seed) => seed.code) } })
    .execute<{ provider: string; code: string }[]>('all', true);
  const existingKeys = new Set(existing.map((row) => `${row.provider}\u0000${row.code}`));

  const created: { resource: ResourceEntity; seed: ResourceSeed }[] = [];
  for (const seed of seeds) {
    const taxonomy = taxonomies.get(seed.provider)!;
    if (existingKeys.has(`${taxonomy.provider.id}\u0000${seed.code}`)) continue;
    const resource = buildResource(seed, taxonomy);
    em.persist(resource);
    created.push({ resource, seed });
  }
  await em.flush();

  let published = 0;
  for (const { resource, seed } of created) {
    if (seed.publish === false) continue;
    await publishResource(em, resource, { textSearchConfig: options.textSearchConfig, now: options.now });
    published++;
  }
  return { created: created.length, published, existing: seeds.length - created.length };
}

async function loadTaxonomies(em: EntityManager, slugs: string[]): Promise<Map<string, ProviderTaxonomy>> {
  const providers = await em.find(ProviderEntity, { slug: { $in: slugs } }, { filters: false });
  const missing = slugs.filter((slug) => !providers.some((provider) => provider.slug === slug));
  if (missing.length > 0) throw new Error(`Fitxes name providers that are not seeded: ${missing.join(', ')}. Seed the reference data first.`);
  const where = { provider: { $in: providers.map((provider) => provider.id) } };
  const areas = await em.find(AreaEntity, where, { filters: false });
  const programmes = await em.find(ProgrammeEntity, where, { filters: false });
  const catalogues = await em.find(CatalogueEntity, where, { filters: false });
  const units = await em.find(ProviderUnitEntity, where, { filters: false });
  const byCode = <T extends { provider: ProviderEntity; code: string }>(rows: T[], provider: ProviderEntity) =>
    new Map(rows.filter((row) => row.provider.id === provider.id).map((row) => [row.code, row]));
  return new Map(providers.map((provider) => [provider.slug, {
    provider,
    areas: byCode(areas, provider),
    programmes: byCode(programmes, provider),
    catalogues: byCode(catalogues, provider),
    units: byCode(units, provider),
  }]));
}

/** Positions count from 1, as the fitxa shows them. */
function buildResource(seed: ResourceSeed, taxonomy: ProviderTaxonomy): ResourceEntity {
  const resource = Object.assign(new ResourceEntity(), {
    provider: taxonomy.provider,
    code: seed.code,
    kind: seed.kind,
    modality: seed.modality ?? null,
    provisionType: seed.provisionType ?? null,
    audience: [...seed.audience],
    sdgs: [...(seed.sdgs ?? [])],
    catalogue: seed.catalogue ? taxonomy.catalogues.get(seed.catalogue)! : null,
    area: seed.area ? taxonomy.areas.get(seed.area)! : null,
    programme: seed.programme ? taxonomy.programmes.get(seed.programme)! : null,
    providerUnit: seed.unit ? taxonomy.units.get(seed.unit)! : null,
    channelKind: seed.channel?.kind ?? null,
    channelName: seed.channel?.name ?? null,
    channelUrl: seed.channel?.url ?? null,
    grantProcedure: seed.grantProcedure ?? null,
    resolutionTermAmount: seed.resolutionTerm?.amount ?? null,
    resolutionTermUnit: seed.resolutionTerm?.unit ?? null,
    silenceEffect: seed.silenceEffect ?? null,
    maxApplicationsPerEntity: seed.maxApplicationsPerEntity ?? null,
  });

  for (const [locale, text] of Object.entries(seed.translations) as [Locale, NonNullable<ResourceSeed['translations'][Locale]>][]) {
    resource.translations.add(Object.assign(new ResourceTranslationEntity(), {
      resource,
      locale,
      title: text.title,
      summary: text.summary ?? null,
      description: text.description ?? null,
      applicationConditions: text.applicationConditions ?? null,
      executionConditions: text.executionConditions ?? null,
      revocationConditions: text.revocationConditions ?? null,
      afterApplication: text.afterApplication ?? null,
      resolutionTermNote: text.resolutionTermNote ?? null,
    }));
  }
  (seed.requirements ?? []).forEach((requirement, index) => resource.requirements.add(Object.assign(new RequirementEntity(), {
    resource, position: index + 1, code: requirementCode(requirement, index), text: requirement.text, verification: requirement.verification,
    documentCode: requirement.documentCode ?? null,
  })));
  // Seeded documents are published elsewhere (their URL and hash come from the source): version 1.
  (seed.documents ?? []).forEach((document, index) => {
    const documentVersion = Object.assign(new ResourceDocumentVersionEntity(), {
      resource, code: document.code, number: 1, sha256: document.sha256, mediaType: document.mediaType, file: null, externalUrl: document.url,
    });
    resource.documents.add(Object.assign(new ResourceDocumentEntity(), {
      resource,
      position: index + 1,
      code: document.code,
      kind: document.kind,
      title: document.title,
      version: document.version,
      documentVersion,
      sha256: document.sha256,
      url: document.url,
      mediaType: document.mediaType,
      mustAccept: document.mustAccept ?? false,
      mustAttach: document.mustAttach ?? false,
      signedCopyOnAcceptance: document.signedCopyOnAcceptance ?? false,
    }));
  });
  (seed.serviceOptions ?? []).forEach((option, index) => resource.serviceOptions.add(Object.assign(new ServiceOptionEntity(), {
    resource, position: index + 1, code: option.code, name: option.name, recommended: option.recommended ?? false,
  })));
  for (const window of seed.applicationWindows ?? []) {
    resource.applicationWindows.add(Object.assign(new ApplicationWindowEntity(), {
      resource, label: window.label ?? null, opensOn: window.opensOn, closesOn: window.closesOn,
    }));
  }
  (seed.qualityCommitments ?? []).forEach((commitment, index) => resource.qualityCommitments.add(Object.assign(new QualityCommitmentEntity(), {
    resource,
    position: index + 1,
    indicator: commitment.indicator,
    text: commitment.text,
    threshold: commitment.threshold,
    thresholdUnit: commitment.thresholdUnit ?? null,
    targetPercent: commitment.targetPercent,
    hardLimitAmount: commitment.hardLimitAmount ?? null,
    hardLimitUnit: commitment.hardLimitUnit ?? null,
    breachAction: commitment.breachAction ?? null,
  })));
  (seed.legalReferences ?? []).forEach((reference, index) => resource.legalReferences.add(Object.assign(new LegalReferenceEntity(), {
    resource, position: index + 1, title: reference.title, url: reference.url ?? null, eli: reference.eli ?? null,
  })));
  (seed.procedureSteps ?? []).forEach((step, index) => resource.procedureSteps.add(Object.assign(new ProcedureStepEntity(), {
    resource, position: index + 1, kind: step.kind, title: step.title,
  })));
  (seed.interlocutorRoles ?? []).forEach((role, index) => resource.interlocutorRoles.add(Object.assign(new InterlocutorRoleEntity(), {
    resource, position: index + 1, code: role.code, name: role.name, required: role.required ?? true,
  })));
  return resource;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks every fitxa seed against the rules the service relies on, and reports all problems at
 * once, before anything is written.
 */
function assertResourceSeedsConsistent(seeds: ResourceSeed[], taxonomies: Map<string, ProviderTaxonomy>): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const seed of seeds) {
    const where = `${seed.provider}/${seed.code}`;
    const problem = (message: string) => problems.push(`${where}: ${message}`);
    if (seen.has(where)) problem('the code appears twice for this provider');
    seen.add(where);
    if (seed.code.length === 0 || seed.code.length > 32) problem('the code must have 1 to 32 characters');

    const taxonomy = taxonomies.get(seed.provider)!;
    const references: [string, string | undefined, Map<string, unknown>][] = [
      ['catalogue', seed.catalogue, taxonomy.catalogues], ['area', seed.area, taxonomy.areas],
      ['programme', seed.programme, taxonomy.programmes], ['unit', seed.unit, taxonomy.units],
    ];
    for (const [kind, code, rows] of references) {
      if (code && !rows.has(code)) problem(`unknown ${kind} "${code}"`);
    }

    if (!seed.translations.CA?.title) problem('a Catalan title is required');
    if (seed.audience.length === 0) problem('the audience is empty');
    if (new Set(seed.audience).size !== seed.audience.length) problem('the audience repeats a type');
    for (const sdg of seed.sdgs ?? []) if (!Number.isInteger(sdg) || sdg < 1 || sdg > 17) problem(`SDG ${sdg} is not 1–17`);
    if (seed.resolutionTerm && (!Number.isInteger(seed.resolutionTerm.amount) || seed.resolutionTerm.amount <= 0)) problem('the resolution term must be a positive whole number');
    if (seed.maxApplicationsPerEntity != null && seed.maxApplicationsPerEntity < 1) problem('maxApplicationsPerEntity must be at least 1');

    const documentCodes = (seed.documents ?? []).map((document) => document.code);
    if (new Set(documentCodes).size !== documentCodes.length) problem('two documents share a code');
    for (const document of seed.documents ?? []) {
      if (!/^[0-9a-f]{64}$/.test(document.sha256)) problem(`document "${document.code}" has no valid SHA-256`);
    }
    for (const requirement of seed.requirements ?? []) {
      if (!requirement.text.CA) problem('a requirement lacks its Catalan text');
      if (requirement.verification === RequirementVerification.DOCUMENT_ACCEPTANCE && !documentCodes.includes(requirement.documentCode ?? '')) {
        problem(`a DOCUMENT_ACCEPTANCE requirement names unknown document "${requirement.documentCode ?? ''}"`);
      }
    }
    for (const window of seed.applicationWindows ?? []) {
      if (!ISO_DATE.test(window.opensOn) || !ISO_DATE.test(window.closesOn)) problem(`window ${window.label ?? ''} has a date that is not YYYY-MM-DD`);
      else if (window.opensOn > window.closesOn) problem(`window ${window.label ?? ''} closes before it opens`);
    }
    const optionCodes = (seed.serviceOptions ?? []).map((option) => option.code);
    if (new Set(optionCodes).size !== optionCodes.length) problem('two service options share a code');
    const roleCodes = (seed.interlocutorRoles ?? []).map((role) => role.code);
    if (new Set(roleCodes).size !== roleCodes.length) problem('two interlocutor roles share a code');
  }
  if (problems.length > 0) throw new Error(`Invalid fitxa seed data:\n- ${problems.join('\n- ')}`);
}
