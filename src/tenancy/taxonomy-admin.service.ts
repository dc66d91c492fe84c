import { LockMode } from '@mikro-orm/core';
import { recordAudit } from '../audit/audit.service';
import { EMAIL_PATTERN, PHONE_PATTERN } from '../contact-formats';
import { ResourceEntity } from '../catalogue/resource.entity';
import { RequestContext } from '../graphql/context';
import { notFound } from '../errors/domain-error';
import { toDayString } from '../graphql/scalars';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { DEFAULT_LOCALE, Locale, LOCALES, LocalizedText } from '../i18n/locale';
import { requireActor } from '../identity/representation.service';
import { AreaEntity } from './area.entity';
import { CatalogueEntity } from './catalogue.entity';
import { ProgrammeEntity } from './programme.entity';
import { ProviderOwnedEntity } from './provider-owned.entity';
import { ProviderUnitEntity } from './provider-unit.entity';
import { ProviderEntity } from './provider.entity';
import { withoutTenantFilter } from '../database/tenant-filter';

const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface TaxonomyInput {
  provider: string;
  code: string;
  /** The Catalan name, the reference. */
  name: string;
  /** Names in other languages; when given, they replace the saved ones; when absent, those stay. */
  translations?: readonly { locale: Locale; name: string }[] | null;
}

export type TaxonomyKind = 'area' | 'programme' | 'catalogue' | 'providerUnit';
type Kind = TaxonomyKind;
const ENTITY = { area: AreaEntity, programme: ProgrammeEntity, catalogue: CatalogueEntity, providerUnit: ProviderUnitEntity } as const;

export interface SaveResult<T> {
  item: T | null;
  created: boolean;
  userErrors: UserError[];
}

function checkCommon(input: TaxonomyInput): UserError[] {
  const errors: UserError[] = [];
  if (!CODE.test(input.code)) errors.push(userError(UserErrorCode.INVALID_CODE, ['input', 'code']));
  const name = input.name.trim();
  if (!name) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'name']));
  else if (name.length > 300) errors.push(userError(UserErrorCode.TOO_LONG, ['input', 'name'], { max: 300 }));
  return errors;
}

const MAX_NAME_LENGTH = 300;

/**
 * Checks the names in other languages and returns them as the map to store. Catalan is `name`
 * itself, so it is refused here rather than silently preferred over one of the two.
 */
function checkTranslations(input: TaxonomyInput): { errors: UserError[]; names: LocalizedText | undefined } {
  if (input.translations == null) return { errors: [], names: undefined };
  if (input.translations.length > LOCALES.length - 1) {
    return { errors: [userError(UserErrorCode.TOO_MANY, ['input', 'translations'], { max: LOCALES.length - 1 })], names: undefined };
  }
  const errors: UserError[] = [];
  const names: LocalizedText = {};
  for (const translation of input.translations) {
    const path = ['input', 'translations', translation.locale] as const;
    const name = translation.name.trim();
    if (translation.locale === DEFAULT_LOCALE) errors.push(userError(UserErrorCode.INVALID_VALUE, [...path, 'locale']));
    else if (names[translation.locale] !== undefined) errors.push(userError(UserErrorCode.DUPLICATE, [...path, 'locale']));
    else if (!name) errors.push(userError(UserErrorCode.REQUIRED, [...path, 'name']));
    else if (name.length > MAX_NAME_LENGTH) errors.push(userError(UserErrorCode.TOO_LONG, [...path, 'name'], { max: MAX_NAME_LENGTH }));
    names[translation.locale] = name;
  }
  return { errors, names };
}

function checkUrl(value: string | null | undefined, field: string): UserError[] {
  if (value == null || value === '') return [];
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && value.length <= 500) return [];
  } catch {
    // falls through to the error below
  }
  return [userError(UserErrorCode.INVALID_URL, ['input', field])];
}

async function requireAdminOf(context: RequestContext, slug: string, kind: Kind) {
  const actor = requireActor(context);
  const provider = await context.em.findOne(ProviderEntity, { slug });
  if (!provider) throw notFound(['input', 'provider']);
  return { actor, provider };
}

/**
 * Creates or updates (by code) one piece of a provider's taxonomy, for the provider's admins.
 * Published fitxes keep the names they were published with until they are published again.
 */
export async function saveTaxonomyItem<T extends ProviderOwnedEntity>(
  context: RequestContext, kind: Kind, input: TaxonomyInput, fields: Partial<T>, extraErrors: UserError[] = [],
): Promise<SaveResult<T>> {
  const { actor, provider } = await requireAdminOf(context, input.provider, kind);
  const translations = checkTranslations(input);
  const errors = [...checkCommon(input), ...translations.errors, ...extraErrors];
  if (errors.length) return { item: null, created: false, userErrors: errors };

  return context.em.transactional(async (em) => {
    const entity = ENTITY[kind] as unknown as new () => T;
    const existing = await em.findOne(entity, { provider, code: input.code } as never) as T | null;
    const item = existing ?? em.create(entity, { provider, code: input.code } as never) as T;
    em.assign(item, { ...fields, name: input.name.trim() } as never);
    if (translations.names) item.nameTranslations = Object.keys(translations.names).length ? translations.names : null;
    recordAudit(em, actor, {
      providerId: provider.id, action: `${kind}.${existing ? 'update' : 'create'}`, targetType: kind, targetId: item.id,
      details: { code: input.code, name: input.name.trim(), nameTranslations: item.nameTranslations ?? null },
    });
    await em.flush();
    return { item, created: !existing, userErrors: [] };
  });
}

export function saveArea(context: RequestContext, input: TaxonomyInput) {
  return saveTaxonomyItem<AreaEntity>(context, 'area', input, {});
}

export async function saveProgramme(context: RequestContext, input: TaxonomyInput & { areaCode?: string | null }) {
  let area: AreaEntity | null = null;
  const errors: UserError[] = [];
  if (input.areaCode) {
    area = await context.em.findOne(AreaEntity, { provider: { slug: input.provider }, code: input.areaCode });
    if (!area) errors.push(userError(UserErrorCode.UNKNOWN_AREA, ['input', 'areaCode']));
  }
  return saveTaxonomyItem<ProgrammeEntity>(context, 'programme', input, { area }, errors);
}

export function saveCatalogue(context: RequestContext, input: TaxonomyInput & { startDate?: Date | string | null; endDate?: Date | string | null }) {
  const startDate = input.startDate ? toDayString(input.startDate) : null;
  const endDate = input.endDate ? toDayString(input.endDate) : null;
  const errors = startDate && endDate && endDate < startDate
    ? [userError(UserErrorCode.INVALID_RANGE, ['input', 'endDate'])] : [];
  return saveTaxonomyItem<CatalogueEntity>(context, 'catalogue', input, { startDate, endDate }, errors);
}

export function saveProviderUnit(context: RequestContext, input: TaxonomyInput & {
  acronym?: string | null; phone?: string | null; email?: string | null; contactFormUrl?: string | null; website?: string | null;
}) {
  const errors = [...checkUrl(input.contactFormUrl, 'contactFormUrl'), ...checkUrl(input.website, 'website')];
  if (input.email && (!EMAIL_PATTERN.test(input.email) || input.email.length > 254)) errors.push(userError(UserErrorCode.INVALID_EMAIL, ['input', 'email']));
  if (input.phone && !PHONE_PATTERN.test(input.phone)) errors.push(userError(UserErrorCode.INVALID_PHONE, ['input', 'phone']));
  if (input.acronym && input.acronym.length > 32) errors.push(userError(UserErrorCode.TOO_LONG, ['input', 'acronym'], { max: 32 }));
  const fields = {
    acronym: input.acronym || null, phone: input.phone || null, email: input.email || null,
    contactFormUrl: input.contactFormUrl || null, website: input.website || null,
  };
  return saveTaxonomyItem<ProviderUnitEntity>(context, 'providerUnit', input, fields, errors);
}

const RESOURCE_FIELD: Record<Kind, 'area' | 'programme' | 'catalogue' | 'providerUnit'> = {
  area: 'area', programme: 'programme', catalogue: 'catalogue', providerUnit: 'providerUnit',
};

/**
 * Deletes a piece of taxonomy that nothing uses. One that fitxes (drafts included) or programmes
 * still name is refused with IN_USE: deleting it would silently detach them, and the public
 * snapshots would keep showing a name that no longer exists.
 */
export async function deleteTaxonomyItem(
  context: RequestContext, kind: Kind, input: { provider: string; code: string },
): Promise<{ deletedCode: string | null; userErrors: UserError[] }> {
  const { actor, provider } = await requireAdminOf(context, input.provider, kind);
  return context.em.transactional(async (em) => {
    const item = await em.findOne(ENTITY[kind] as typeof AreaEntity, { provider, code: input.code }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!item) throw notFound(['input', 'code']);
    const resources = await em.count(ResourceEntity, { [RESOURCE_FIELD[kind]]: item.id }, { ...withoutTenantFilter('an item any fitxa still names must stay, whoever may see that fitxa') });
    const programmes = kind === 'area' ? await em.count(ProgrammeEntity, { area: item.id }) : 0;
    if (resources + programmes > 0) {
      return { deletedCode: null, userErrors: [userError(UserErrorCode.IN_USE, ['input', 'code'], { fitxes: resources, programmes })] };
    }
    recordAudit(em, actor, {
      providerId: provider.id, action: `${kind}.delete`, targetType: kind, targetId: item.id, details: { code: item.code, name: item.name },
    });
    em.remove(item);
    await em.flush();
    return { deletedCode: input.code, userErrors: [] };
  });
}
