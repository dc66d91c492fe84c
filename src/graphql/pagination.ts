import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from '../errors/error-mapping';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArguments {
  @Field(() => Int, { nullable: true, description: `Items after \`after\` (1–${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to start after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items before \`before\` (1–${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to end before.' })
  before?: string | null;
}

@ObjectType({ description: 'Relay page information.', simpleResolvers: true })
export class PageInfo {
  @Field({ description: 'There are items after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'There are items before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * Cursors are opaque positions in the ordered result. They are offsets, which keeps every
 * ordering (title, relevance, deadline…) pageable in both directions with one mechanism.
 */
export const encodeCursor = (offset: number) => Buffer.from(`cursor:${offset}`).toString('base64url');

function decodeCursor(cursor: string, argument: string): number {
  const match = /^cursor:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput(`\`${argument}\` is not a cursor this connection issued`, [argument]);
  return Number(match[1]);
}

function checkSize(value: number | null | undefined, argument: string): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${argument}\` must be between 1 and ${MAX_PAGE_SIZE}`, [argument]);
  }
}

/** Validates the arguments and turns them into the offset/limit of the page, given the total. */
export function pageWindow(args: ConnectionArguments, total: number): PageWindow {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  if (args.first != null && args.last != null) throw badUserInput('Give `first` or `last`, not both', ['last']);
  let start = args.after != null ? decodeCursor(args.after, 'after') + 1 : 0;
  let end = args.before != null ? Math.min(decodeCursor(args.before, 'before'), total) : total;
  end = Math.max(end, start);
  if (args.last != null) start = Math.max(start, end - args.last);
  else end = Math.min(end, start + (args.first ?? DEFAULT_PAGE_SIZE));
  return { offset: start, limit: Math.max(0, end - start) };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<T>(items: T[], window: PageWindow, total: number): Connection<T> {
  const edges = items.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    edges,
    nodes: items,
    totalCount: total,
    pageInfo: {
      hasPreviousPage: window.offset > 0,
      hasNextPage: window.offset + items.length < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The same page with each item mapped (e.g. entity → GraphQL type), cursors kept. */
export function mapConnection<T, U>(connection: Connection<T>, map: (item: T) => U): Connection<U> {
  const nodes = connection.nodes.map(map);
  return { ...connection, nodes, edges: connection.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] })) };
}
