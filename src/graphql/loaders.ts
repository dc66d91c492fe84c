import DataLoader from 'dataloader';
import { EntityManager } from '@mikro-orm/postgresql';
import { postgresArray } from '../database/postgres-array';
import { findPublishedResourcesByIds } from '../catalogue/resource-catalogue.service';
import type { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { AreaEntity } from '../tenancy/area.entity';
import { CatalogueEntity } from '../tenancy/catalogue.entity';
import { ProgrammeEntity } from '../tenancy/programme.entity';
import { ProviderUnitEntity } from '../tenancy/provider-unit.entity';
import { ProviderEntity } from '../tenancy/provider.entity';

/**
 * Per-request batching: whatever a query nests, each loader costs one SQL statement per
 * level, never one per row.
 */
export interface Loaders {
  providerById: DataLoader<string, ProviderEntity | null>;
  cataloguesByProvider: DataLoader<string, CatalogueEntity[]>;
  areasByProvider: DataLoader<string, AreaEntity[]>;
  programmesByProvider: DataLoader<string, ProgrammeEntity[]>;
  unitsByProvider: DataLoader<string, ProviderUnitEntity[]>;
  /** The area a programme (àmbit) belongs to, by programme id. */
  areaByProgramme: DataLoader<string, AreaEntity | null>;
  /** Whether the caller keeps a fitxa in their folder, by resource id. */
  inFolderByResource: DataLoader<string, boolean>;
  /** A published fitxa's snapshot by resource id (public data): `nodes(ids)` asks for many at once. */
  publishedResourceById: DataLoader<string, ResourceSnapshot | null>;
}

type ProviderOwned = CatalogueEntity | AreaEntity | ProgrammeEntity | ProviderUnitEntity;

function byProvider<T extends ProviderOwned>(em: EntityManager, entity: new () => T) {
  return new DataLoader<string, T[]>(async (providerIds) => {
    const rows = await em.find(entity as never, { provider: { $in: [...providerIds] } } as never, { orderBy: { code: 'asc' } as never }) as T[];
    return providerIds.map((id) => rows.filter((row) => row.provider.id === id));
  });
}

/** `folderOwnerSubject`: the caller's `sub`, or null for anonymous callers (whose folder is empty). */
export function createLoaders(em: EntityManager, folderOwnerSubject: string | null = null): Loaders {
  return {
    providerById: new DataLoader(async (ids) => {
      const rows = await em.find(ProviderEntity, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    cataloguesByProvider: byProvider(em, CatalogueEntity),
    areasByProvider: byProvider(em, AreaEntity),
    programmesByProvider: byProvider(em, ProgrammeEntity),
    unitsByProvider: byProvider(em, ProviderUnitEntity),
    areaByProgramme: new DataLoader(async (ids) => {
      const rows = await em.find(ProgrammeEntity, { id: { $in: [...ids] } }, { populate: ['area'] });
      return ids.map((id) => rows.find((row) => row.id === id)?.area ?? null);
    }),
    inFolderByResource: new DataLoader(async (ids) => {
      if (!folderOwnerSubject) return ids.map(() => false);
      // Plain SQL with the owner explicit: an entity query would join the resource to apply the
      // editorial tenant filter, and so hide published fitxes of providers the caller is not staff of.
      const rows = await em.getConnection().execute<{ resource_id: string }[]>(
        'select resource_id from folder_item where owner_subject = ? and resource_id = any(?::uuid[])', [folderOwnerSubject, postgresArray(ids)]);
      return ids.map((id) => rows.some((row) => row.resource_id === id));
    }),
    publishedResourceById: new DataLoader((ids) => findPublishedResourcesByIds({ em }, ids)),
  };
}
