import { FlushMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ResourceStatus } from '../src/catalogue/resource-enums';
import { checkPublication } from '../src/catalogue/resource-publication-check';
import { publishResource } from '../src/catalogue/resource-publication';
import { applyResourceContent, CheckedContent, checkResourceContent } from '../src/catalogue/resource-content-writing';
import { LocalizedTextData, ResourceContentData, validateResourceCode } from '../src/catalogue/resource-content.validation';
import { compileResourceSnapshot } from '../src/catalogue/resource-snapshot.compiler';
import { ResourceEntity } from '../src/catalogue/resource.entity';
import { UserError } from '../src/errors/user-error';
import { userErrorMessage } from '../src/errors/user-error-messages';
import { Locale, LOCALES, LocalizedText } from '../src/i18n/locale';
import { ProviderEntity } from '../src/tenancy/provider.entity';
import { ResourceSeed } from './data/types';
import { SeedOptions } from './seed-options';

export interface ResourceSeedingResult {
  created: number;
  published: number;
  /** Already in the database: editors own them, so the seed leaves them alone. */
  existing: number;
}

/**
 * Seeded documents are published elsewhere (their URL and hash come from the source), never
 * uploads, so no download address of this service is ever built for them.
 */
const NO_UPLOADS_BASE_URL = '';

/**
 * Creates the fitxes that do not exist yet, by (provider, code), and publishes those whose seed
 * does not say `publish: false`. Existing fitxes are never touched: once seeded they belong to the
 * editors, and re-seeding must not undo their work.
 *
 * Fitxes are written through the content path of editors' saves (resource-content-writing.ts):
 * the same validation and bounds, taxonomy codes and, for those published, the same publication
 * check with its completeness rules. Every problem of every fitxa is reported at once, naming the
 * fitxa and the field, before anything is written (callers run seeding in a transaction as well).
 */
export async function seedResources(em: EntityManager, seeds: ResourceSeed[], options: SeedOptions): Promise<ResourceSeedingResult> {
  const providers = await loadProviders(em, seeds);
  const problems: string[] = [];
  const report = (seed: ResourceSeed, errors: UserError[]) => problems.push(...errors.map((error) => describeProblem(seed, error)));

  const seen = new Set<string>();
  for (const seed of seeds) {
    const key = `${seed.provider}/${seed.code}`;
    if (seen.has(key)) problems.push(`${key}: the code appears twice for this provider`);
    seen.add(key);
  }

  // Plain rows, not entities: only the keys are needed, and partially loaded fitxes must not
  // linger in the caller's identity map.
  const existing = await em.createQueryBuilder(ResourceEntity, 'resource')
    .select(['resource.provider', 'resource.code'])
    .where({ provider: { $in: [...providers.values()].map((provider) => provider.id) }, code: { $in: seeds.map((seed) => seed.code) } })
    .execute<{ provider: string; code: string }[]>('all', true);
  const existingKeys = new Set(existing.map((row) => `${row.provider}\u0000${row.code}`));
  const missing = seeds.filter((seed) => !existingKeys.has(`${providers.get(seed.provider)!.id}\u0000${seed.code}`));

  // The queries of the content path must not flush the fitxes built so far (the default, AUTO,
  // would; and checking for pending changes before each query costs a pass over every entity the
  // seeding has loaded): the fitxes are all written by one flush, or not at all.
  em.setFlushMode(FlushMode.COMMIT);
  let created: { resource: ResourceEntity; seed: ResourceSeed }[];
  try {
    created = await writeResources(em, missing, providers, problems, report);
  } finally {
    em.setFlushMode(); // back to the configured mode
  }

  let published = 0;
  for (const { resource, seed } of created) {
    if (seed.publish === false) continue;
    await publishResource(em, resource, { textSearchConfig: options.textSearchConfig, now: options.now });
    published++;
  }
  return { created: created.length, published, existing: seeds.length - created.length };
}

/** Checks, builds and flushes the missing fitxes; throws, writing nothing, if any has a problem. */
async function writeResources(
  em: EntityManager, missing: ResourceSeed[], providers: Map<string, ProviderEntity>,
  problems: string[], report: (seed: ResourceSeed, errors: UserError[]) => void,
): Promise<{ resource: ResourceEntity; seed: ResourceSeed }[]> {
  // 1. Check every new fitxa as an editor's save is checked.
  const checked: { seed: ResourceSeed; content: ResourceContentData; checked: CheckedContent }[] = [];
  for (const seed of missing) {
    const content = seedContent(seed);
    const result = await checkResourceContent(em, providers.get(seed.provider)!, content, { actor: null, resourceId: null });
    report(seed, [...validateResourceCode(seed.code), ...result.errors]);
    checked.push({ seed, content, checked: result.checked });
  }
  failOn(problems);

  // 2. Build them, and check those to publish as publishing would, still before writing anything.
  const created = [];
  for (const { seed, content, checked: found } of checked) {
    const resource = em.create(ResourceEntity, { provider: providers.get(seed.provider)!, code: seed.code, kind: content.kind, status: ResourceStatus.DRAFT });
    await applyResourceContent(em, resource, content, found, NO_UPLOADS_BASE_URL);
    if (seed.publish !== false) report(seed, checkPublication(compileResourceSnapshot(resource)).errors);
    created.push({ resource, seed });
  }
  if (problems.length) em.clear();
  failOn(problems);
  await em.flush();
  return created;
}

async function loadProviders(em: EntityManager, seeds: ResourceSeed[]): Promise<Map<string, ProviderEntity>> {
  const slugs = [...new Set(seeds.map((seed) => seed.provider))];
  const providers = await em.find(ProviderEntity, { slug: { $in: slugs } });
  const missing = slugs.filter((slug) => !providers.some((provider) => provider.slug === slug));
  if (missing.length > 0) throw new Error(`Fitxes name providers that are not seeded: ${missing.join(', ')}. Seed the reference data first.`);
  return new Map(providers.map((provider) => [provider.slug, provider]));
}

/** "diba/111219: resolutionTerm.amount: Out of the allowed range: at least 1, at most 24. (OUT_OF_RANGE)" */
function describeProblem(seed: ResourceSeed, error: UserError): string {
  // Paths name the editing input (["input", "content", …]); a seed is the content itself.
  const field = (error.field ?? []).filter((segment, index) => !(index < 2 && (segment === 'input' || segment === 'content'))).join('.');
  return `${seed.provider}/${seed.code}: ${field || '(fitxa)'}: ${userErrorMessage(error.code, Locale.EN, error.params)} (${error.code})`;
}

function failOn(problems: string[]): void {
  if (problems.length > 0) throw new Error(`Invalid fitxa seed data, nothing was written:\n- ${problems.join('\n- ')}`);
}

const texts = (text: LocalizedText | null | undefined): LocalizedTextData[] | null =>
  text ? LOCALES.flatMap((locale) => (text[locale] != null ? [{ locale, text: text[locale]! }] : [])) : null;
/** Lists the content requires texts in: an absent map is an empty list, which validation refuses. */
const requiredTexts = (text: LocalizedText | null | undefined): LocalizedTextData[] => texts(text) ?? [];

/** A seed in the shape of the editing input (ResourceContentInput), as an editor would save it. */
export function seedContent(seed: ResourceSeed): ResourceContentData {
  return {
    kind: seed.kind,
    modality: texts(seed.modality),
    provisionType: seed.provisionType ?? null,
    audience: seed.audience,
    sdgs: seed.sdgs ?? [],
    catalogueCode: seed.catalogue ?? null,
    areaCode: seed.area ?? null,
    programmeCode: seed.programme ?? null,
    unitCode: seed.unit ?? null,
    channel: seed.channel ? { kind: seed.channel.kind, name: texts(seed.channel.name), url: seed.channel.url ?? null } : null,
    grantProcedure: seed.grantProcedure ?? null,
    resolutionTerm: seed.resolutionTerm ?? null,
    silenceEffect: seed.silenceEffect ?? null,
    maxApplicationsPerEntity: seed.maxApplicationsPerEntity ?? null,
    translations: LOCALES.flatMap((locale: Locale) => {
      const text = seed.translations[locale];
      return text ? [{ locale, ...text }] : [];
    }),
    requirements: (seed.requirements ?? []).map((requirement) => ({ ...requirement, text: requiredTexts(requirement.text) })),
    documents: (seed.documents ?? []).map((document) => ({ ...document, title: requiredTexts(document.title) })),
    serviceOptions: (seed.serviceOptions ?? []).map((option) => ({ ...option, name: requiredTexts(option.name) })),
    applicationWindows: seed.applicationWindows ?? [],
    qualityCommitments: (seed.qualityCommitments ?? []).map((commitment) => ({
      ...commitment, text: requiredTexts(commitment.text), breachAction: texts(commitment.breachAction),
    })),
    survey: (seed.survey ?? []).map((question) => ({ ...question, text: requiredTexts(question.text) })),
    legalReferences: (seed.legalReferences ?? []).map((reference) => ({ ...reference, title: requiredTexts(reference.title) })),
    procedureSteps: (seed.procedureSteps ?? []).map((step) => ({ ...step, title: requiredTexts(step.title) })),
    interlocutorRoles: (seed.interlocutorRoles ?? []).map((role) => ({ ...role, name: requiredTexts(role.name) })),
  };
}
