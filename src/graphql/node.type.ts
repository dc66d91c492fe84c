import { Field, ID, InterfaceType } from 'type-graphql';
import { NodeTypeName } from './global-id';

/** Every object that `node(id)` can fetch. Mappers set `__typename` so the type is resolved without guessing. */
@InterfaceType('Node', {
  description: 'An object with a global ID that `node` and `nodes` can fetch.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;

  __typename!: NodeTypeName;
}
