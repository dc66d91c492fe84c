import { OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service';
import { RequestContext } from '../graphql/context';
import { userError, UserError } from '../graphql/user-error';
import { Actor } from '../identity/actor';
import { requireActor } from '../identity/representation.service';
import { enqueueEvent } from '../outbox/outbox.service';
import { loadResourceForEditor } from './editable-resource';
import { checkPublication, transitionErrors } from './resource-publication-check';
import { PublicationOptions, publishResource, withdrawPublication } from './resource-publication';
import { ResourceSnapshot } from './resource-snapshot';
import { compileResourceSnapshot } from './resource-snapshot.compiler';
import { PUBLICATION_ACTIONS_TOPIC, PublicationAction, PUBLICATION_TRANSITIONS } from './resource-status.workflow';
import { ResourceEntity } from './resource.entity';

export interface PublicationResult {
  snapshot: ResourceSnapshot | null;
  warnings: UserError[];
  userErrors: UserError[];
}

/**
 * Publishes, unpublishes or archives a fitxa for an editor of its provider. Everything happens in
 * one transaction: the status, the public snapshot, the audit entry and the outbox event; the
 * public response caches of every instance are emptied at commit by the database triggers.
 */
export async function changePublication(
  context: RequestContext, action: PublicationAction, input: { resourceId: string; expectedVersion?: number | null },
): Promise<PublicationResult> {
  const actor = requireActor(context);
  try {
    return await applyPublicationChange(context, actor, action, input);
  } catch (error) {
    // Another editor saved or published the same fitxa between our read and our write.
    if (error instanceof OptimisticLockError) {
      return { snapshot: null, warnings: [], userErrors: [userError('STALE_VERSION', 'The fitxa changed meanwhile: reload it and try again', ['input', 'resourceId'])] };
    }
    throw error;
  }
}

async function applyPublicationChange(
  context: RequestContext, actor: Actor, action: PublicationAction, input: { resourceId: string; expectedVersion?: number | null },
): Promise<PublicationResult> {
  return context.em.transactional(async (em) => {
    const resource = await loadResourceForEditor(em, actor, input.resourceId, action);
    if (input.expectedVersion != null && input.expectedVersion !== resource.version) {
      const stale = userError('STALE_VERSION', `The fitxa changed meanwhile: its current version is ${resource.version}`, ['input', 'expectedVersion']);
      return { snapshot: compileResourceSnapshot(resource), warnings: [], userErrors: [stale] };
    }
    const outcome = await applyTransition(em, actor, resource, action, { textSearchConfig: context.textSearchConfig, now: context.clock.now() });
    return { snapshot: compileResourceSnapshot(resource), ...outcome };
  });
}

/**
 * The transition itself, for a resource loaded with SNAPSHOT_POPULATE in the caller's
 * transaction: the status rule, the completeness check, the public snapshot, the audit entry and
 * the outbox event. Shared by editors' mutations and scheduled publications.
 */
export async function applyTransition(
  em: EntityManager, actor: Actor, resource: ResourceEntity, action: PublicationAction, options: PublicationOptions,
): Promise<{ warnings: UserError[]; userErrors: UserError[] }> {
  // Publishing runs the same check that Resource.publicationCheck shows editors beforehand.
  const check = action === 'publish'
    ? checkPublication(compileResourceSnapshot(resource))
    : { errors: transitionErrors(action, resource.status), warnings: [] };
  if (check.errors.length) return { warnings: [], userErrors: check.errors };
  const warnings = check.warnings;
  const from = resource.status;
  if (action === 'publish') {
    await publishResource(em, resource, options);
  } else {
    await withdrawPublication(em, resource, PUBLICATION_TRANSITIONS[action].to);
  }
  const details = { from, to: resource.status, version: resource.version, code: resource.code };
  recordAudit(em, actor, { providerId: resource.provider.id, action: `resource.${action}`, targetType: 'Resource', targetId: resource.id, details });
  enqueueEvent(em, {
    topic: PUBLICATION_ACTIONS_TOPIC[action], providerId: resource.provider.id, aggregateType: 'Resource', aggregateId: resource.id,
    payload: { ...details, provider: resource.provider.slug, at: options.now.toISOString() },
  });
  await em.flush();
  return { warnings, userErrors: [] };
}
