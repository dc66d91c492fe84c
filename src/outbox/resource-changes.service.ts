import { postgresArray } from '../database/postgres-array';
import { RequestContext } from '../graphql/context';
import { DomainError } from '../errors/domain-error';
import { UserErrorCode } from '../errors/user-error-code';
import { toGlobalId } from '../graphql/global-id';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import type { ResourceChangeFeed } from './resource-changes.resolver';

/**
 * Publication changes after a cursor, from the outbox. Only changes the public could see are
 * listed (to or from PUBLISHED): archiving a never-published draft reveals nothing.
 */
export async function listResourceChanges(
  context: RequestContext, options: { since: string | null; first: number; provider: string[] | null },
): Promise<ResourceChangeFeed> {
  const { since, first, provider } = options;
  if (since != null && !/^\d{1,18}$/.test(since)) throw new DomainError(UserErrorCode.INVALID_VALUE, ['since']);
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw new DomainError(UserErrorCode.OUT_OF_RANGE, ['first'], { min: 1, max: MAX_PAGE_SIZE });
  const rows = await context.em.getConnection().execute<{
    sequence: string; topic: string; slug: string; aggregate_id: string; payload: { code: string; version: number }; created_at: Date;
  }[]>(
    `select e.sequence, e.topic, p.slug, e.aggregate_id, e.payload, e.created_at
       from outbox_event e join provider p on p.id = e.provider_id
      where e.topic like 'resource.%' and e.sequence > ?
        and 'PUBLISHED' in (e.payload->>'from', e.payload->>'to')
        ${provider?.length ? 'and p.slug = any(?::text[])' : ''}
      order by e.sequence limit ?`,
    [since ?? '0', ...(provider?.length ? [postgresArray(provider)] : []), first + 1],
  );
  const batch = rows.slice(0, first);
  return {
    changes: batch.map((row) => ({
      cursor: String(row.sequence), topic: row.topic, provider: row.slug, resourceId: toGlobalId('Resource', row.aggregate_id),
      code: row.payload.code, version: row.payload.version, at: new Date(row.created_at),
    })),
    cursor: batch.length ? String(batch.at(-1)!.sequence) : since,
    hasMore: rows.length > first,
  };
}
