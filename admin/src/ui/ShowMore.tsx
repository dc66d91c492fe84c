/** A connection's page info, as every paged query of the API answers it. */
interface PageInfo { hasNextPage: boolean; endCursor?: string | null }

/** "Show more" under a list paged by cursor; nothing on the last page. */
export function ShowMore({ pageInfo, loading, label, onMore }: { pageInfo: PageInfo | undefined; loading: boolean; label: string; onMore: (after: string | null) => void }) {
  if (!pageInfo?.hasNextPage) return null;
  return (
    <p>
      <button type="button" className="button button--secondary" disabled={loading} onClick={() => onMore(pageInfo.endCursor ?? null)}>{label}</button>
    </p>
  );
}

/** fetchMore's updateQuery for the connection at `key`: the next page's nodes after the ones already shown. */
export function appendNodes<K extends string>(key: K) {
  return <T extends { [P in K]: { nodes: readonly unknown[] } }>(previous: T, { fetchMoreResult }: { fetchMoreResult: T }): T => ({
    ...fetchMoreResult, [key]: { ...fetchMoreResult[key], nodes: [...previous[key].nodes, ...fetchMoreResult[key].nodes] },
  });
}
