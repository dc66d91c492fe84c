import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, pageWindow, toConnection } from '../graphql/pagination';
import { Actor } from '../identity/actor';
import { ProviderEntity } from '../tenancy/provider.entity';
import { AuditEntryEntity } from './audit-entry.entity';

/** Records an editorial action in the caller's transaction (flushed with it). */
export function recordAudit(
  em: EntityManager, actor: Actor,
  entry: { providerId: string; action: string; targetType: string; targetId: string; details?: Record<string, unknown> },
): void {
  em.create(AuditEntryEntity, {
    providerId: entry.providerId, actorSubject: actor.subject, actorNif: actor.nif, actorName: actor.name,
    action: entry.action, targetType: entry.targetType, targetId: entry.targetId, details: entry.details ?? {},
  });
}

/** A provider's editorial history, newest first (the resolver checked canReadAuditLog). */
export async function listAuditEntries(context: RequestContext, providerSlug: string, page: ConnectionArguments) {
  const provider = await context.em.findOne(ProviderEntity, { slug: providerSlug });
  if (!provider) return toConnection<AuditEntryEntity>([], pageWindow(page, 0), 0);
  const where = { providerId: provider.id };
  const total = await context.em.count(AuditEntryEntity, where);
  const window = pageWindow(page, total);
  const rows = window.limit === 0 ? [] : await context.em.find(AuditEntryEntity, where, {
    orderBy: { createdAt: 'desc', id: 'asc' }, offset: window.offset, limit: window.limit,
  });
  return toConnection(rows, window, total);
}
