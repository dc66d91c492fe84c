import DataLoader from 'dataloader';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { RequestContext } from '../graphql/context';
import { UserError } from '../errors/user-error';
import { actingEntities } from '../identity/representation.service';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { eligibilityErrorsForEach, eligibilityKey } from './eligibility-facts';

export interface EntityEligibilityResult {
  entity: LocalEntityEntity;
  /** Empty when the entity may apply now. */
  reasons: UserError[];
}

/**
 * One loader per request (kept with the request's context, gone with it): a page of fitxes asks
 * for the viewer's entities once and for the facts of every fitxa and entity in two statements.
 */
const loaders = new WeakMap<RequestContext, DataLoader<ResourceSnapshot, EntityEligibilityResult[], string>>();

function loaderFor(context: RequestContext): DataLoader<ResourceSnapshot, EntityEligibilityResult[], string> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (snapshots) => {
      const entities = await actingEntities(context);
      const errors = await eligibilityErrorsForEach(context.em, context, snapshots, entities);
      return snapshots.map((snapshot) => entities.map((entity) => ({ entity, reasons: errors.get(eligibilityKey(snapshot.id, entity.id)) ?? [] })));
    }, { cacheKeyFn: (snapshot) => `${snapshot.id}@${snapshot.version}` });
    loaders.set(context, loader);
  }
  return loader;
}

/**
 * For each entity the caller acts for, whether it may apply for this fitxa now and, if not, every
 * reason, with the rules and codes startApplication uses (applications/eligibility.ts). Nobody
 * signed in acts for any entity.
 */
export async function viewerEligibility(context: RequestContext, snapshot: ResourceSnapshot): Promise<EntityEligibilityResult[]> {
  if (!context.identity.actor) return [];
  return loaderFor(context).load(snapshot);
}
