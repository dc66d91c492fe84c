import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './pagination';

/** Builds the Relay connection and edge types of a node type, e.g. ResourceConnection. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} in a page, with its cursor.`, simpleResolvers: true })
  class Edge {
    @Field({ description: 'Opaque position of the item, for `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.`, simpleResolvers: true })
  class Connection {
    @Field(() => [Edge], { description: 'The items with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether there are more pages.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}
