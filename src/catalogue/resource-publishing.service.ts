import { OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service';
import { RequestContext } from '../graphql/context';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
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
      return { snapshot: null, warnings: [], userErrors: [userError(UserErrorCode.STALE_VERSION, ['input', 'resourceId'])] };
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
      const stale = userError(UserErrorCode.STALE_VERSION, ['input', 'expectedVersion'], { version: resource.version });
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
