import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import { DateTimeScalar } from '../graphql/scalars';
import { listResourceChanges } from './resource-changes.service';

@ObjectType('ResourceChange', { description: 'A change of what the public catalogue shows.', simpleResolvers: true })
export class ResourceChangeView {
  @Field({ description: 'Position in the feed; pass the last one back as `since`.' })
  cursor!: string;

  @Field({ description: 'resource.published, resource.unpublished or resource.archived.' })
  topic!: string;

  @Field({ description: 'Provider slug.' })
  provider!: string;

  @Field({ description: 'Global ID of the resource.' })
  resourceId!: string;

  @Field({ description: 'Codi recurs.' })
  code!: string;

  @Field(() => Int, { description: 'Version of the fitxa after the change.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: Date;
}

@ObjectType('ResourceChangeFeed', { description: 'Changes after a cursor, oldest first.', simpleResolvers: true })
export class ResourceChangeFeed {
  @Field(() => [ResourceChangeView], { description: 'The changes.' })
  changes!: ResourceChangeView[];

  @Field(() => String, { nullable: true, description: 'Cursor of the last change returned (or the `since` given); pass it as `since` next time.' })
  cursor!: string | null;

  @Field({ description: 'More changes wait after this batch.' })
  hasMore!: boolean;
}

@Resolver()
export class ResourceChangesResolver {
  @Query(() => ResourceChangeFeed, { description: 'Catch up on changes to the public catalogue since a cursor (from the start when omitted). Only changes the public could see are listed.' })
  async resourceChanges(
    @Ctx() context: RequestContext,
    @Arg('since', () => String, { nullable: true, description: 'The `cursor` of the previous batch; from the start when omitted.' }) since: string | null,
    @Arg('first', () => Int, { defaultValue: MAX_PAGE_SIZE, description: 'At most this many changes (1–100).' }) first: number,
    @Arg('provider', () => [String], { nullable: true, description: 'Only these providers (slugs).' }) provider: string[] | null,
  ): Promise<ResourceChangeFeed> {
    return listResourceChanges(context, { since, first, provider });
  }
}
