import { Arg, Args, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { ConnectionType } from '../graphql/connection.type';
import { RequestContext } from '../graphql/context';
import { badUserInput } from '../errors/error-mapping';
import { ConnectionArguments } from '../graphql/pagination';
import { DateTimeScalar } from '../graphql/scalars';
import { listResourceChanges, ResourceChangeTopic } from './resource-changes.service';

registerDescribedEnum(ResourceChangeTopic, {
  name: 'ResourceChangeTopic',
  description: 'What changed for the public.',
  values: {
    PUBLISHED: 'A version of the fitxa was published.',
    UNPUBLISHED: 'The fitxa was withdrawn from the public catalogue.',
    ARCHIVED: 'The fitxa was archived while published.',
  },
});

@ObjectType('ResourceChange', { description: 'A change of what the public catalogue shows.', simpleResolvers: true })
export class ResourceChangeView {
  @Field(() => ResourceChangeTopic, { description: 'What changed.' })
  topic!: ResourceChangeTopic;

  @Field({ description: 'Provider slug.' })
  provider!: string;

  @Field(() => ID, { description: 'Global ID of the resource.' })
  resourceId!: string;

  @Field({ description: 'Codi recurs.' })
  code!: string;

  @Field(() => Int, { description: 'Version of the fitxa after the change.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: Date;
}

@ObjectType('ResourceChangeConnection', { description: 'A page of changes of the public catalogue.', simpleResolvers: true })
export class ResourceChangeConnection extends ConnectionType(ResourceChangeView, 'ResourceChange') {}

@Resolver()
export class ResourceChangesResolver {
  @Query(() => ResourceChangeConnection, {
    description: 'Changes to the public catalogue, oldest first. Cursors never move: keep the last `endCursor` and ask `after:` it to catch up. '
      + 'Only changes the public could see are listed.',
  })
  async resourceChanges(
    @Ctx() context: RequestContext,
    @Arg('provider', () => [String], { nullable: true, description: 'Only these providers (slugs).' }) provider: string[] | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
  ): Promise<ResourceChangeConnection> {
    if (provider && (provider.length > 20 || provider.some((slug) => slug.length > 64))) {
      throw badUserInput('`provider` takes at most 20 slugs of at most 64 characters', ['provider']);
    }
    return listResourceChanges(context, { provider }, page);
  }
}
