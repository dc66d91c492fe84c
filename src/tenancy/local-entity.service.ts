import { FilterQuery, raw } from '@mikro-orm/core';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, pageWindow, toConnection } from '../graphql/pagination';
import { LocalEntityEntity } from './local-entity.entity';
import { LocalEntityFilter } from './local-entity.type';

/** Local entities are public reference data: anyone may list them. */
export async function listLocalEntities(context: RequestContext, filter: LocalEntityFilter | null | undefined, page: ConnectionArguments) {
  const total = await context.em.count(LocalEntityEntity, localEntityQuery(filter));
  const window = pageWindow(page, total);
  const rows = window.limit === 0 ? [] : await context.em.find(LocalEntityEntity, localEntityQuery(filter), {
    orderBy: { name: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit,
  });
  return toConnection(rows, window, total);
}

/** Built anew for each statement: MikroORM's raw() keys are consumed by the query that uses them. */
function localEntityQuery(filter: LocalEntityFilter | null | undefined): FilterQuery<LocalEntityEntity> {
  const where: FilterQuery<LocalEntityEntity>[] = [];
  if (filter?.type?.length) where.push({ type: { $in: filter.type } });
  if (filter?.provider?.length) where.push({ provider: { slug: { $in: filter.provider } } });
  if (filter?.ineCode) where.push({ ineCode: filter.ineCode });
  if (filter?.nif) where.push({ nif: filter.nif.toUpperCase() });
  const words = filter?.search?.trim().split(/\s+/).filter(Boolean) ?? [];
  for (const word of words) {
    // Accents folded on both sides: "girones" finds "Gironès".
    const pattern = `%${foldAccents(word).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push({ [raw((alias) => `unaccent(${alias}.name)`)]: { $ilike: pattern } } as FilterQuery<LocalEntityEntity>);
  }
  return where.length ? { $and: where } : {};
}

export const foldAccents = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
