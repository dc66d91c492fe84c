import { toGlobalId } from '../graphql/global-id';
import { AreaNode, CatalogueNode, ProgrammeNode, ProviderNode, ProviderUnitNode } from './provider.type';
import { ProviderEntity } from './provider.entity';
import { TaxonomyNamed } from './taxonomy-label';

/** Mappers accept entities and snapshot items alike: both have these fields. */

export const toProviderNode = (provider: ProviderEntity): ProviderNode => ({
  __typename: 'Provider',
  id: toGlobalId('Provider', provider.id),
  databaseId: provider.id,
  slug: provider.slug,
  name: provider.name,
  nif: provider.nif,
  provinceCode: provider.provinceCode,
  seatMunicipalityCode: provider.seatMunicipalityCode,
  website: provider.website,
  electronicOfficeUrl: provider.electronicOfficeUrl ?? null,
});

export const toCatalogueNode = (c: TaxonomyNamed & { id: string; code: string; startDate?: string | null; endDate?: string | null }): CatalogueNode => ({
  __typename: 'Catalogue', id: toGlobalId('Catalogue', c.id), code: c.code, name: c.name, nameTranslations: c.nameTranslations ?? null,
  startDate: c.startDate ?? null, endDate: c.endDate ?? null,
});

export const toAreaNode = (a: TaxonomyNamed & { id: string; code: string }): AreaNode => ({
  __typename: 'Area', id: toGlobalId('Area', a.id), code: a.code, name: a.name, nameTranslations: a.nameTranslations ?? null,
});

export const toProgrammeNode = (p: TaxonomyNamed & { id: string; code: string }): ProgrammeNode => ({
  __typename: 'Programme', id: toGlobalId('Programme', p.id), code: p.code, name: p.name, nameTranslations: p.nameTranslations ?? null,
});

export const toProviderUnitNode = (u: TaxonomyNamed & {
  id: string; code: string; acronym?: string | null; phone?: string | null; email?: string | null;
  contactFormUrl?: string | null; website?: string | null;
}): ProviderUnitNode => ({
  __typename: 'ProviderUnit',
  id: toGlobalId('ProviderUnit', u.id),
  code: u.code,
  name: u.name,
  nameTranslations: u.nameTranslations ?? null,
  acronym: u.acronym ?? null,
  contactPoint: { phone: u.phone ?? null, email: u.email ?? null, contactFormUrl: u.contactFormUrl ?? null, website: u.website ?? null },
});
