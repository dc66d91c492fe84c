import { Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { ConnectionType } from '../graphql/connection.type';
import { ConnectionArguments, mapConnection } from '../graphql/pagination';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { DateTimeScalar, JSONObjectScalar } from '../graphql/scalars';
import { ResourceRevisionAction } from './resource-revision.entity';
import { listRevisions } from './resource-revision.service';
import { ResourceNode } from './resource.type';

@ObjectType('FieldChange', { description: 'One field that a save changed.', simpleResolvers: true })
export class FieldChangeView {
  @Field(() => [String], { description: 'Path of the field, e.g. ["translations", "ES", "title"].' })
  field!: string[];

  @Field(() => JSONObjectScalar, { description: 'The value before and after: { before, after }.' })
  values!: { before: unknown; after: unknown };
}

registerDescribedEnum(ResourceRevisionAction, {
  name: 'ResourceRevisionAction',
  description: 'What made a revision of the working draft.',
  values: {
    CREATE: 'The fitxa was created.',
    UPDATE: 'An editor saved the draft.',
    RESTORE: 'An earlier revision was made the draft again.',
  },
});

@ObjectType('ResourceRevision', { description: "A save of a fitxa's working draft.", simpleResolvers: true })
export class ResourceRevisionView {
  @Field(() => ID, { description: 'Global ID, for restoreResourceRevision.' })
  id!: string;

  @Field(() => Int, { description: 'The fitxa version this save produced.' })
  version!: number;

  @Field(() => ResourceRevisionAction, { description: 'What made this revision.' })
  action!: ResourceRevisionAction;

  @Field({ description: 'NIF of the editor.' })
  actorNif!: string;

  @Field({ description: 'Name of the editor.' })
  actorName!: string;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;

  @Field(() => [FieldChangeView], { description: 'What changed since the previous revision.' })
  changes!: FieldChangeView[];
}

@ObjectType('ResourceRevisionConnection', { description: 'A page of revisions of a fitxa.', simpleResolvers: true })
export class ResourceRevisionConnection extends ConnectionType(ResourceRevisionView, 'ResourceRevision') {}

@Resolver(() => ResourceNode)
export class ResourceRevisionResolver {
  @FieldResolver(() => ResourceRevisionConnection, {
    nullable: true, description: "Every save of the working draft, newest first; only the provider's editors and admins see them (null for anyone else).",
  })
  async revisions(
    @Root() resource: ResourceNode, @Ctx() context: RequestContext, @Args(() => ConnectionArguments) page: ConnectionArguments,
  ): Promise<ResourceRevisionConnection | null> {
    const rows = await listRevisions(context, resource.snapshot.id, resource.snapshot.provider.slug, page);
    return rows && mapConnection(rows, (row) => ({
      id: toGlobalId('ResourceRevision', row.id), version: row.version, action: row.action, actorNif: row.actorNif,
      actorName: row.actorName, at: row.createdAt,
      changes: row.changes.map((change) => ({ field: change.field, values: { before: change.before, after: change.after } })),
    }));
  }
}
