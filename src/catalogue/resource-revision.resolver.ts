import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { DateTimeScalar, JSONObjectScalar } from '../graphql/scalars';
import { listRevisions } from './resource-revision.service';
import { ResourceNode } from './resource.type';

@ObjectType('FieldChange', { description: 'One field that a save changed.', simpleResolvers: true })
export class FieldChangeView {
  @Field(() => [String], { description: 'Path of the field, e.g. ["translations", "ES", "title"].' })
  field!: string[];

  @Field(() => JSONObjectScalar, { description: 'The value before and after: { before, after }.' })
  values!: { before: unknown; after: unknown };
}

@ObjectType('ResourceRevision', { description: "A save of a fitxa's working draft.", simpleResolvers: true })
export class ResourceRevisionView {
  @Field(() => ID, { description: 'Global ID, for restoreResourceRevision.' })
  id!: string;

  @Field(() => Int, { description: 'The fitxa version this save produced.' })
  version!: number;

  @Field({ description: 'create, update or restore.' })
  action!: string;

  @Field({ description: 'NIF of the editor.' })
  actorNif!: string;

  @Field({ description: 'Name of the editor.' })
  actorName!: string;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;

  @Field(() => [FieldChangeView], { description: 'What changed since the previous revision.' })
  changes!: FieldChangeView[];
}

@Resolver(() => ResourceNode)
export class ResourceRevisionResolver {
  @FieldResolver(() => [ResourceRevisionView], { nullable: true, description: "Every save of the working draft, newest first; only the provider's editors and admins see them (null for anyone else)." })
  async revisions(@Root() resource: ResourceNode, @Ctx() context: RequestContext): Promise<ResourceRevisionView[] | null> {
    const rows = await listRevisions(context, resource.snapshot.id, resource.snapshot.provider.slug);
    return rows && rows.map((row) => ({
      id: toGlobalId('ResourceRevision', row.id), version: row.version, action: row.action, actorNif: row.actorNif,
      actorName: row.actorName, at: row.createdAt,
      changes: row.changes.map((change) => ({ field: change.field, values: { before: change.before, after: change.after } })),
    }));
  }
}
