import DataLoader from 'dataloader';
import { EntityManager } from '@mikro-orm/postgresql';
import { FolderItemEntity } from '../catalogue/folder-item.entity';
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
  /** Whether the caller keeps a fitxa in their folder, by resource id (the folder filter scopes it). */
  inFolderByResource: DataLoader<string, boolean>;
}

type ProviderOwned = CatalogueEntity | AreaEntity | ProgrammeEntity | ProviderUnitEntity;

function byProvider<T extends ProviderOwned>(em: EntityManager, entity: new () => T) {
  return new DataLoader<string, T[]>(async (providerIds) => {
    const rows = await em.find(entity as never, { provider: { $in: [...providerIds] } } as never, { orderBy: { code: 'asc' } as never }) as T[];
    return providerIds.map((id) => rows.filter((row) => row.provider.id === id));
  });
}

export function createLoaders(em: EntityManager): Loaders {
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
      // The request's folderOwner filter limits these rows to the caller's own folder.
      const rows = await em.find(FolderItemEntity, { resource: { $in: [...ids] } }, { fields: ['resource'] });
      return ids.map((id) => rows.some((row) => row.resource.id === id));
    }),
  };
}
