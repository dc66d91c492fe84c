import { Knex } from '@mikro-orm/postgresql';
import { postgresArray } from '../database/postgres-array';
import { openForApplicationsSql } from './application-window.rules';
import { DomainError } from '../errors/domain-error';
import { UserErrorCode } from '../errors/user-error-code';
import { toDayString } from '../graphql/scalars';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { ResourceKind, ResourceStatus } from './resource-enums';
import { ResourceFilter } from './resource-filter.input';
import { InvalidTaxonomyCodeError, MAX_CODE_LENGTH, parseTaxonomyCodes, TaxonomyCodeSelection } from './taxonomy-code';

/** The dimensions a catalogue search counts facets for. */
export const FACET_DIMENSIONS = ['provider', 'kind', 'audience', 'area', 'programme', 'catalogue', 'sdg'] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];

/** A ResourceFilter checked and parsed once, before any SQL; the page and its facets share it. */
export interface ResourceSearch {
  provider: string[];
  search: string | null;
  kind: ResourceKind[];
  audience: LocalEntityType[];
  area: TaxonomyCodeSelection;
  programme: TaxonomyCodeSelection;
  catalogue: TaxonomyCodeSelection;
  sdg: number[];
  openOn: string | null;
  applicationDeadlineFrom: string | null;
  applicationDeadlineTo: string | null;
  /** Statuses asked for; empty means "published" (see resourceSource). */
  status: ResourceStatus[];
  /** Providers whose non-published fitxes this caller may list (their staff). */
  staffProviderIds: string[];
  /** Only the fitxes in this person's folder (`sub`), for the facets of Viewer.folder. */
  folderOwnerSubject?: string;
}

function codes(values: string[] | null | undefined, argument: 'area' | 'programme' | 'catalogue'): TaxonomyCodeSelection {
  try {
    return parseTaxonomyCodes(values ?? []);
  } catch (error) {
    if (error instanceof InvalidTaxonomyCodeError) {
      const field = ['filter', argument, String(error.index)];
      throw error.fault === 'TOO_LONG'
        ? new DomainError(UserErrorCode.TOO_LONG, field, { max: MAX_CODE_LENGTH })
        : new DomainError(UserErrorCode.INVALID_FORMAT, field);
    }
    throw error;
  }
}

export function toResourceSearch(filter: ResourceFilter | null | undefined, staffProviderIds: string[]): ResourceSearch {
  return {
    provider: filter?.provider ?? [],
    search: filter?.search?.trim() || null,
    kind: filter?.kind ?? [],
    audience: filter?.audience ?? [],
    area: codes(filter?.area, 'area'),
    programme: codes(filter?.programme, 'programme'),
    catalogue: codes(filter?.catalogue, 'catalogue'),
    sdg: filter?.sdg ?? [],
    openOn: filter?.openOn ? toDayString(filter.openOn) : null,
    applicationDeadlineFrom: filter?.applicationDeadlineFrom ? toDayString(filter.applicationDeadlineFrom) : null,
    applicationDeadlineTo: filter?.applicationDeadlineTo ? toDayString(filter.applicationDeadlineTo) : null,
    status: filter?.status ?? [],
    staffProviderIds,
  };
}

const isEmpty = (selection: TaxonomyCodeSelection) => selection.bare.length === 0 && selection.qualified.length === 0;

function whereCodes(knex: Knex, query: Knex.QueryBuilder, column: string, selection: TaxonomyCodeSelection): void {
  if (isEmpty(selection)) return;
  query.where((any) => {
    if (selection.bare.length) any.orWhereIn(column, selection.bare);
    for (const { providerSlug, code } of selection.qualified) {
      any.orWhere((one) => one.where(column, code).whereIn('pr.provider_id', knex('provider').select('id').where('slug', providerSlug)));
    }
  });
}

/**
 * Adds every filter of the search to a query over the source aliased `pr`, except the one of
 * `omit`: a facet counts what the other filters leave, so a selected value keeps its siblings.
 */
export function applyResourceSearch(
  knex: Knex, query: Knex.QueryBuilder, search: ResourceSearch, textSearchConfig: string, omit?: FacetDimension,
): Knex.QueryBuilder {
  if (omit !== 'provider' && search.provider.length) query.whereIn('pr.provider_id', knex('provider').select('id').whereIn('slug', search.provider));
  if (search.search) query.whereRaw(`pr.search_vector @@ websearch_to_tsquery(?::regconfig, unaccent(?))`, [textSearchConfig, search.search]);
  if (omit !== 'kind' && search.kind.length) query.whereRaw('pr.kind = any(?::resource_kind[])', [postgresArray(search.kind)]);
  if (omit !== 'audience' && search.audience.length) query.whereRaw('pr.audience && ?::local_entity_type[]', [postgresArray(search.audience)]);
  if (omit !== 'area') whereCodes(knex, query, 'pr.area_code', search.area);
  if (omit !== 'programme') whereCodes(knex, query, 'pr.programme_code', search.programme);
  if (omit !== 'catalogue') whereCodes(knex, query, 'pr.catalogue_code', search.catalogue);
  if (omit !== 'sdg' && search.sdg.length) query.whereRaw('pr.sdgs && ?::int[]', [postgresArray(search.sdg)]);
  if (search.openOn) query.whereRaw(openForApplicationsSql('pr.application_windows'), [search.openOn]);
  if (search.applicationDeadlineFrom) query.where('pr.application_deadline', '>=', search.applicationDeadlineFrom);
  if (search.applicationDeadlineTo) query.where('pr.application_deadline', '<=', search.applicationDeadlineTo);
  if (search.folderOwnerSubject) query.whereIn('pr.resource_id', knex('folder_item').select('resource_id').where('owner_subject', search.folderOwnerSubject));
  return query;
}
