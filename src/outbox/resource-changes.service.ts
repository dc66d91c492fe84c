import { postgresArray } from '../database/postgres-array';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { Connection, ConnectionArguments, pageWindow, toConnection } from '../graphql/pagination';

/** The outbox topics of changes the public sees, in the words the outbox stores. */
export enum ResourceChangeTopic {
  PUBLISHED = 'resource.published',
  UNPUBLISHED = 'resource.unpublished',
  ARCHIVED = 'resource.archived',
}

export interface ResourceChange {
  topic: ResourceChangeTopic;
  provider: string;
  resourceId: string;
  code: string;
  version: number;
  at: Date;
}

/**
 * Publication changes, oldest first, from the outbox. Only changes the public could see are
 * listed (to or from PUBLISHED): archiving a never-published draft reveals nothing. The outbox is
 * append-only and read in sequence order, so a position (the connection's cursor) never moves:
 * a consumer keeps its last `endCursor` and asks `after:` it to catch up.
 */
export async function listResourceChanges(
  context: RequestContext, options: { provider: string[] | null }, page: ConnectionArguments,
): Promise<Connection<ResourceChange>> {
  const { provider } = options;
  const connection = context.em.getConnection();
  const where = `from outbox_event e join provider p on p.id = e.provider_id
      where e.topic = any(?::text[]) and 'PUBLISHED' in (e.payload->>'from', e.payload->>'to')
        ${provider?.length ? 'and p.slug = any(?::text[])' : ''}`;
  const parameters = [postgresArray(Object.values(ResourceChangeTopic)), ...(provider?.length ? [postgresArray(provider)] : [])];
  const [{ total }] = await connection.execute<{ total: string }[]>(`select count(*) as total ${where}`, parameters);
  const window = pageWindow(page, Number(total));
  if (window.limit === 0) return toConnection([], window, Number(total));
  const rows = await connection.execute<{
    topic: ResourceChangeTopic; slug: string; aggregate_id: string; payload: { code: string; version: number }; created_at: Date;
  }[]>(
    `select e.topic, p.slug, e.aggregate_id, e.payload, e.created_at ${where} order by e.sequence offset ? limit ?`,
    [...parameters, window.offset, window.limit],
  );
  return toConnection(rows.map((row) => ({
    topic: row.topic, provider: row.slug, resourceId: toGlobalId('Resource', row.aggregate_id),
    code: row.payload.code, version: row.payload.version, at: new Date(row.created_at),
  })), window, Number(total));
}
