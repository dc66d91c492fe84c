import { RequestContext } from '../graphql/context';
import { ProviderEntity } from './provider.entity';

export function listProviders({ em }: RequestContext): Promise<ProviderEntity[]> {
  return em.find(ProviderEntity, {}, { orderBy: { name: 'asc' } });
}

export function findProviderBySlug({ em }: RequestContext, slug: string): Promise<ProviderEntity | null> {
  return em.findOne(ProviderEntity, { slug });
}
